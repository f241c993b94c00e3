// The public calendar files as the routes serve them: read the programme, build the file in `locale`.
// null means "no such track or session" (the route answers 404).
import type { Locale } from '$lib/paraglide/runtime';
import { getCurrentEvent } from '../agenda/event';
import { listSessions, listTracks } from '../agenda/sessions';
import { buildSessionCalendar, buildSummitCalendar, buildTrackCalendar, type CalendarFile } from './feeds';
import { sessionServiceUrl, type CalendarService } from './links';

export async function getSummitCalendar(origin: string, locale: Locale): Promise<CalendarFile> {
	const event = await getCurrentEvent();
	return buildSummitCalendar(event, await listSessions(event.id), { origin, locale });
}

export async function getTrackCalendar(
	trackSlug: string,
	origin: string,
	locale: Locale
): Promise<CalendarFile | null> {
	const event = await getCurrentEvent();
	const [tracks, sessions] = await Promise.all([listTracks(event.id), listSessions(event.id)]);
	const track = tracks.find((candidate) => candidate.slug === trackSlug);
	return track ? buildTrackCalendar(event, track, sessions, { origin, locale }) : null;
}

export async function getSessionCalendar(
	sessionSlug: string,
	origin: string,
	locale: Locale
): Promise<CalendarFile | null> {
	const event = await getCurrentEvent();
	const session = (await listSessions(event.id)).find((candidate) => candidate.slug === sessionSlug);
	return session ? buildSessionCalendar(event, session, { origin, locale }) : null;
}

/** Where "Google Calendar", "Outlook.com" or "Microsoft 365" sends the visitor for a session; null if unknown. */
export async function getSessionServiceUrl(
	sessionSlug: string,
	service: CalendarService,
	origin: string,
	locale: Locale
): Promise<string | null> {
	const event = await getCurrentEvent();
	const session = (await listSessions(event.id)).find((candidate) => candidate.slug === sessionSlug);
	return session ? sessionServiceUrl(event, session, service, origin, locale) : null;
}
