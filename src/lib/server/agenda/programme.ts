// The programme /agenda shows (sessions, tracks, speakers) for an edition in a language, read once and
// shared by every render until the content changes (cache/content-cache.ts drops it with the rendered
// pages) or a second passes. Renders that bypass the page cache (a visitor with a cookie, a filter, the
// first visitors after an organizer's change) then pay for the render alone, not for three queries.
import type { Locale } from '$lib/paraglide/runtime';
import { cachedValue } from '../cache/content-cache';
import {
	agendaCalendarFeeds,
	sessionCalendarLinks,
	type CalendarFeed,
	type SessionCalendarLinks
} from '../calendar/links';
import type { CalendarSummit } from '../calendar/events';
import { listSessions, listTracks } from './sessions';
import { listSpeakers } from './speakers';

export function agendaProgramme(eventId: number, locale: Locale) {
	return cachedValue(`agenda-programme:${eventId}:${locale}`, 1_000, () =>
		Promise.all([listSessions(eventId, locale), listTracks(eventId, locale), listSpeakers(eventId, { locale })])
	);
}

type Programme = Awaited<ReturnType<typeof agendaProgramme>>;
type CalendarOffers = { sessionLinks: Map<string, SessionCalendarLinks>; feeds: CalendarFeed[] };

// Kept with the programme read they were made from (dropped with it), per edition base ("" or "/2024"):
// every uncached agenda render built the same links again (3–11 % of its CPU, in alternating rounds).
const keptOffers = new WeakMap<Programme, Map<string, CalendarOffers>>();

/**
 * The agenda's calendar offers for a programme read in the page's language: each session's "Add to
 * calendar" links, and the feeds of the summit and of each track.
 */
export function agendaCalendarOffers(
	programme: Programme,
	event: Pick<CalendarSummit, 'name'>,
	origin: string,
	locale: Locale,
	base: string
): CalendarOffers {
	let byBase = keptOffers.get(programme);
	if (!byBase) keptOffers.set(programme, (byBase = new Map()));
	let offers = byBase.get(base);
	if (!offers) {
		const [sessions, tracks] = programme;
		offers = {
			sessionLinks: new Map(sessions.map((session) => [session.slug, sessionCalendarLinks(session, base)])),
			feeds: agendaCalendarFeeds(event, tracks, origin, locale, base)
		};
		byBase.set(base, offers);
	}
	return offers;
}
