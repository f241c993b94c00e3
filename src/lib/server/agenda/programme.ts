// The programme /agenda shows (sessions, tracks, speakers) for an edition in a language, read once and
// shared by every render until the content changes (cache/content-cache.ts drops it with the rendered
// pages) or a second passes. Renders that bypass the page cache (a visitor with a cookie, a filter, the
// first visitors after an organizer's change) then pay for the render alone, not for three queries.
import type { Locale } from '$lib/paraglide/runtime';
import { cachedValue } from '../cache/content-cache';
import { listSessions, listTracks } from './sessions';
import { listSpeakers } from './speakers';

export function agendaProgramme(eventId: number, locale: Locale) {
	return cachedValue(`agenda-programme:${eventId}:${locale}`, 1_000, () =>
		Promise.all([listSessions(eventId, locale), listTracks(eventId, locale), listSpeakers(eventId, { locale })])
	);
}
