// The public calendar files as the routes serve them: read the programme of the page's edition (see
// editions/editions.ts), build the file in `locale`. null means "no such track or session" (404).
// `origin` is the site's address; a past edition's links point under its year (/2024/agenda/…).
import type { Locale } from '$lib/paraglide/runtime';
import { getCurrentEvent } from '../agenda/event';
import { listSessions, listTracks } from '../agenda/sessions';
import { pastEditionWithSession, type PageEdition } from '../editions/editions';
import { buildSessionCalendar, buildSummitCalendar, buildTrackCalendar, type CalendarFile } from './feeds';
import { sessionServiceUrl, type CalendarService } from './links';

type Edition = Pick<PageEdition, 'event' | 'base' | 'isCurrent'>;

/** Without an edition: the current one, at its unprefixed URLs. */
async function currentEdition(): Promise<Edition> {
	return { event: await getCurrentEvent(), base: '', isCurrent: true };
}

export async function getSummitCalendar(
	origin: string,
	locale: Locale,
	edition: Edition | null = null
): Promise<CalendarFile> {
	edition ??= await currentEdition();
	const { event } = edition;
	return buildSummitCalendar(event, await listSessions(event.id), { origin: origin + edition.base, locale });
}

export async function getTrackCalendar(
	trackSlug: string,
	origin: string,
	locale: Locale,
	edition: Edition | null = null
): Promise<CalendarFile | null> {
	edition ??= await currentEdition();
	const { event } = edition;
	const [tracks, sessions] = await Promise.all([listTracks(event.id), listSessions(event.id)]);
	const track = tracks.find((candidate) => candidate.slug === trackSlug);
	return track ? buildTrackCalendar(event, track, sessions, { origin: origin + edition.base, locale }) : null;
}

/**
 * The session of this slug in the page's edition. At an unprefixed URL, a session the current edition
 * lacks is looked for in past editions: /calendar/sessions/<slug>.ics of last year's programme is in
 * people's calendars and must keep its file, and its UID, after the next edition becomes current. The
 * file is served there rather than redirected, because calendar apps that poll a URL do not all follow
 * redirects. A slug the current edition reuses means the current edition's session, as it always did.
 */
async function findSession(edition: Edition, sessionSlug: string) {
	const session = (await listSessions(edition.event.id)).find((candidate) => candidate.slug === sessionSlug);
	if (session) return { edition, session };
	if (!edition.isCurrent) return null;
	const past = await pastEditionWithSession(sessionSlug, edition.event.id);
	if (!past) return null;
	const pastSession = (await listSessions(past.event.id)).find((candidate) => candidate.slug === sessionSlug);
	return pastSession ? { edition: past, session: pastSession } : null;
}

export async function getSessionCalendar(
	sessionSlug: string,
	origin: string,
	locale: Locale,
	edition: Edition | null = null
): Promise<CalendarFile | null> {
	const found = await findSession(edition ?? (await currentEdition()), sessionSlug);
	return found
		? buildSessionCalendar(found.edition.event, found.session, { origin: origin + found.edition.base, locale })
		: null;
}

/** Where "Google Calendar", "Outlook.com" or "Microsoft 365" sends the visitor for a session; null if unknown. */
export async function getSessionServiceUrl(
	sessionSlug: string,
	service: CalendarService,
	origin: string,
	locale: Locale,
	edition: Edition | null = null
): Promise<string | null> {
	const found = await findSession(edition ?? (await currentEdition()), sessionSlug);
	return found
		? sessionServiceUrl(found.edition.event, found.session, service, origin + found.edition.base, locale)
		: null;
}
