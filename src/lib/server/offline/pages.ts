// What the service worker (src/service-worker.ts) keeps on a reader's device: the current edition's public
// pages an attendee needs at the venue, in one language, with the content version they were rendered from.
import { isProgrammeSession } from '$lib/agenda/vocabulary';
import { listSessions } from '../agenda/sessions';
import { listSpeakers } from '../agenda/speakers';
import type { SummitEvent } from '../agenda/event';

/** Paths without a language prefix; the route localizes them. Speaker photos come with the pages. */
export async function offlinePagePaths(event: Pick<SummitEvent, 'id'>): Promise<string[]> {
	const [sessions, speakers] = await Promise.all([listSessions(event.id), listSpeakers(event.id)]);
	return [
		'/',
		'/agenda',
		'/my-agenda',
		'/speakers',
		...sessions.filter((session) => isProgrammeSession(session.kind)).map((session) => `/agenda/${session.slug}`),
		...speakers.map((speaker) => `/speakers/${speaker.slug}`)
	];
}
