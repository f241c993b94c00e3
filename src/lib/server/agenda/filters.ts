// The agenda's filters, read from the query string so they work without JavaScript and can be shared.
// Pure: the filtering is done in memory over the day's sessions, so it means the same on every database
// (case- and accent-insensitive for any script) and costs nothing at summit size.
import { SESSION_KINDS, isOneOf, type SessionKind } from '$lib/agenda/vocabulary';
import type { AgendaSession } from './sessions';
import { matchesAll, searchTerms } from '../content/search';

export type AgendaFilters = {
	track: string | null;
	kind: SessionKind | null;
	speaker: string | null;
	q: string;
	/** `too-long`: the query was longer than MAX_QUERY_LENGTH and is not searched for (q is empty). */
	qProblem: { code: 'too-long'; max: number } | null;
};

export const NO_FILTERS: AgendaFilters = { track: null, kind: null, speaker: null, q: '', qProblem: null };

export const MAX_QUERY_LENGTH = 100;

/** Unknown values are dropped, not errors: a stale shared link still shows the agenda. */
export function parseAgendaFilters(
	params: URLSearchParams,
	known: { trackSlugs: string[]; speakerSlugs: string[] }
): AgendaFilters {
	const track = params.get('track');
	const kind = params.get('kind');
	const speaker = params.get('speaker');
	const q = (params.get('q') ?? '').trim();
	const tooLong = [...q].length > MAX_QUERY_LENGTH;
	return {
		track: track && known.trackSlugs.includes(track) ? track : null,
		kind: isOneOf(SESSION_KINDS, kind) ? kind : null,
		speaker: speaker && known.speakerSlugs.includes(speaker) ? speaker : null,
		q: tooLong ? '' : q,
		qProblem: tooLong ? { code: 'too-long', max: MAX_QUERY_LENGTH } : null
	};
}

export function hasFilters(filters: AgendaFilters): boolean {
	return Boolean(filters.track || filters.kind || filters.speaker || filters.q);
}

/** Lower case without accents, so "Zürich" matches "zurich" (registrations and check-in search with it). */
export function normaliseForSearch(text: string): string {
	return text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('en');
}

export function filterSessions(sessions: AgendaSession[], filters: AgendaFilters): AgendaSession[] {
	const terms = searchTerms(filters.q);
	return sessions.filter((session) => {
		if (filters.track && session.track?.slug !== filters.track) return false;
		if (filters.kind && session.kind !== filters.kind) return false;
		if (filters.speaker && !session.speakers.some((speaker) => speaker.slug === filters.speaker)) return false;
		return matchesAll(terms, session.searchable);
	});
}

export type TimeSlot = { startsAt: Date; sessions: AgendaSession[] };

/** Sessions that start together share a slot (parallel rooms); slots in time order. */
export function groupByTimeSlot(sessions: AgendaSession[]): TimeSlot[] {
	const slots: TimeSlot[] = [];
	for (const session of [...sessions].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())) {
		const last = slots.at(-1);
		if (last && last.startsAt.getTime() === session.startsAt.getTime()) last.sessions.push(session);
		else slots.push({ startsAt: session.startsAt, sessions: [session] });
	}
	return slots;
}

export type ProgrammeMoment = { nowSlugs: string[]; nextSlug: string | null };

/**
 * What is on now and what comes next, while the summit day is under way (from three hours before the
 * first session until the last one ends). Outside that window there is nothing to mark.
 */
export function programmeMoment(sessions: AgendaSession[], now: Date): ProgrammeMoment {
	const live = sessions.filter((session) => session.status !== 'cancelled');
	const first = live[0];
	const lastEnd = Math.max(...live.map((session) => session.endsAt.getTime()));
	const lead = 3 * 60 * 60 * 1000;
	if (!first || now.getTime() < first.startsAt.getTime() - lead || now.getTime() >= lastEnd) {
		return { nowSlugs: [], nextSlug: null };
	}
	const t = now.getTime();
	const nowSlugs = live.filter((s) => s.startsAt.getTime() <= t && t < s.endsAt.getTime()).map((s) => s.slug);
	const next = live.find((s) => s.startsAt.getTime() > t);
	return { nowSlugs, nextSlug: next?.slug ?? null };
}
