import { editionOfPage } from '$lib/server/editions/editions';
import { listSessions, listTracks } from '$lib/server/agenda/sessions';
import { listSpeakers } from '$lib/server/agenda/speakers';
import {
	filterSessions,
	groupByTimeSlot,
	hasFilters,
	parseAgendaFilters,
	programmeMoment
} from '$lib/server/agenda/filters';
import { agendaCalendarFeeds, sessionCalendarLinks } from '$lib/server/calendar/links';
import { now } from '$lib/server/clock';
import { seatsLeftOf, summitStage } from '$lib/server/agenda/stage';
import { getLocale } from '$lib/paraglide/runtime';
import type { PageServerLoad } from './$types';
import { settings } from '$lib/server/config';

export const load: PageServerLoad = async ({ url, locals }) => {
	const { event, base } = await editionOfPage(url, locals);
	const [sessions, tracks, speakers] = await Promise.all([
		listSessions(event.id),
		listTracks(event.id),
		listSpeakers(event.id)
	]);
	const filters = parseAgendaFilters(url.searchParams, {
		trackSlugs: tracks.map((track) => track.slug),
		speakerSlugs: speakers.map((speaker) => speaker.slug)
	});
	const shown = filterSessions(sessions, filters);
	const at = now();
	const stage = summitStage(event, at, seatsLeftOf(event));
	return {
		timeZone: event.timeZone,
		isSampleProgramme: event.isSampleProgramme,
		filters,
		filtered: hasFilters(filters),
		total: sessions.length,
		shown: shown.length,
		slots: groupByTimeSlot(shown),
		// Now and next only while the summit is on; afterwards the page is its record.
		moment: stage === 'live' ? programmeMoment(sessions, at) : { nowSlugs: [], nextSlug: null },
		isRecord: stage === 'past',
		startsAt: event.startsAt,
		calendarLinks: Object.fromEntries(shown.map((session) => [session.slug, sessionCalendarLinks(session, base)])),
		calendarFeeds: agendaCalendarFeeds(event, tracks, settings().publicUrl, getLocale(), base),
		tracks: tracks.map(({ slug, name, color }) => ({ slug, name, color })),
		speakers: speakers.map(({ slug, name }) => ({ slug, name }))
	};
};
