import { editionOfPage } from '$lib/server/editions/editions';
import { agendaCalendarOffers, agendaProgramme } from '$lib/server/agenda/programme';
import {
	filterSessions,
	groupByTimeSlot,
	hasFilters,
	MAX_QUERY_LENGTH,
	parseAgendaFilters,
	programmeMoment
} from '$lib/server/agenda/filters';
import { now } from '$lib/server/clock';
import { seatsLeftOf, summitStage } from '$lib/server/agenda/stage';
import { getLocale } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages';
import type { PageServerLoad } from './$types';
import { settings } from '$lib/server/config';

export const load: PageServerLoad = async ({ url, locals }) => {
	const { event, base } = await editionOfPage(url, locals);
	const locale = getLocale();
	const programme = await agendaProgramme(event.id, locale);
	const [sessions, tracks, speakers] = programme;
	const calendar = agendaCalendarOffers(programme, event, settings().publicUrl, locale, base);
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
		filtered: hasFilters(filters) || filters.qProblem !== null,
		// What was typed, even when refused, so the person can shorten it.
		query: (url.searchParams.get('q') ?? '').trim(),
		queryError: filters.qProblem ? m.agenda_search_too_long({ max: filters.qProblem.max }) : null,
		queryMax: MAX_QUERY_LENGTH,
		total: sessions.length,
		shown: shown.length,
		slots: groupByTimeSlot(shown),
		// Now and next only while the summit is on; afterwards the page is its record.
		moment: stage === 'live' ? programmeMoment(sessions, at) : { nowSlugs: [], nextSlug: null },
		isRecord: stage === 'past',
		startsAt: event.startsAt,
		calendarLinks: Object.fromEntries(shown.map((session) => [session.slug, calendar.sessionLinks.get(session.slug)!])),
		calendarFeeds: calendar.feeds,
		tracks: tracks.map(({ slug, name, color, langOf }) => ({ slug, name, color, langOf })),
		speakers: speakers.map(({ slug, name, langOf }) => ({ slug, name, langOf }))
	};
};
