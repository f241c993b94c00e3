// The public calendar files as the routes serve them: read the programme of the page's edition (see
// editions/editions.ts), build the file in `locale`. null means "no such track or session" (404).
// `origin` is the site's address; a past edition's links point under its year (/2024/agenda/…).
import type { Locale } from '$lib/paraglide/runtime';
import { getCurrentEvent } from '../agenda/event';
import { listSessions, listTracks } from '../agenda/sessions';
import { pastEditionWithSession, type PageEdition } from '../editions/editions';
import {
	buildSessionCalendar,
	buildStarredCalendar,
	buildSummitCalendar,
	buildTrackCalendar,
	type CalendarFile
} from './feeds';
import { sessionServiceUrl, type CalendarService } from './links';
import { localizeRecord } from '../content/localize';
import { TRANSLATED_FIELDS } from '../content/translations';

/** The summit's name and venue in the calendar's language (the reader's, or the registration's). */
function localEvent<E extends { translations: string } & Record<(typeof TRANSLATED_FIELDS.event)[number], string>>(
	event: E,
	locale: Locale
) {
	return localizeRecord(event, TRANSLATED_FIELDS.event, locale);
}

type Edition = Pick<PageEdition, 'event' | 'base' | 'isCurrent'>;

/** Without an edition: the current one, at its unprefixed URLs. */
async function currentEdition(): Promise<Edition> {
	return { event: await getCurrentEvent(), base: '', isCurrent: true };
}

/** The edition's event and whole programme in `locale`, with the options every file builder takes. */
async function programme(origin: string, locale: Locale, edition: Edition | null) {
	edition ??= await currentEdition();
	const { event, base } = edition;
	return {
		event: localEvent(event, locale),
		sessions: await listSessions(event.id, locale),
		options: { origin: origin + base, locale }
	};
}

export async function getSummitCalendar(
	origin: string,
	locale: Locale,
	edition: Edition | null = null
): Promise<CalendarFile> {
	const { event, sessions, options } = await programme(origin, locale, edition);
	return buildSummitCalendar(event, sessions, options);
}

/** The sessions of `ids` (a visitor's stars) in the page's edition. */
export async function getStarredCalendar(
	ids: number[],
	origin: string,
	locale: Locale,
	edition: Edition | null = null
): Promise<CalendarFile> {
	const { event, sessions, options } = await programme(origin, locale, edition);
	return buildStarredCalendar(event, sessions, ids, options);
}

export async function getTrackCalendar(
	trackSlug: string,
	origin: string,
	locale: Locale,
	edition: Edition | null = null
): Promise<CalendarFile | null> {
	edition ??= await currentEdition();
	const { event } = edition;
	const [tracks, sessions] = await Promise.all([listTracks(event.id, locale), listSessions(event.id, locale)]);
	const track = tracks.find((candidate) => candidate.slug === trackSlug);
	return track
		? buildTrackCalendar(localEvent(event, locale), track, sessions, { origin: origin + edition.base, locale })
		: null;
}

/**
 * The session of this slug in the page's edition. At an unprefixed URL, a session the current edition
 * lacks is looked for in past editions: /calendar/sessions/<slug>.ics of last year's programme is in
 * people's calendars and must keep its file, and its UID, after the next edition becomes current. The
 * file is served there rather than redirected, because calendar apps that poll a URL do not all follow
 * redirects. A slug the current edition reuses means the current edition's session, as it always did.
 */
async function findSession(edition: Edition, sessionSlug: string, locale: Locale) {
	const session = (await listSessions(edition.event.id, locale)).find((candidate) => candidate.slug === sessionSlug);
	if (session) return { edition, session };
	if (!edition.isCurrent) return null;
	const past = await pastEditionWithSession(sessionSlug, edition.event.id);
	if (!past) return null;
	const pastSession = (await listSessions(past.event.id, locale)).find((candidate) => candidate.slug === sessionSlug);
	return pastSession ? { edition: past, session: pastSession } : null;
}

export async function getSessionCalendar(
	sessionSlug: string,
	origin: string,
	locale: Locale,
	edition: Edition | null = null
): Promise<CalendarFile | null> {
	const found = await findSession(edition ?? (await currentEdition()), sessionSlug, locale);
	return found
		? buildSessionCalendar(localEvent(found.edition.event, locale), found.session, {
				origin: origin + found.edition.base,
				locale
			})
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
	const found = await findSession(edition ?? (await currentEdition()), sessionSlug, locale);
	return found
		? sessionServiceUrl(
				localEvent(found.edition.event, locale),
				found.session,
				service,
				origin + found.edition.base,
				locale
			)
		: null;
}
