import { describe, expect, it } from 'vitest';
import { filterSessions, groupByTimeSlot, normaliseForSearch, parseAgendaFilters, programmeMoment } from './filters';
import type { AgendaSession } from './sessions';

const hkt = (clock: string) => new Date(`2024-06-24T${clock}:00+08:00`);

function session(slug: string, start: string, end: string, extra: Partial<AgendaSession> = {}): AgendaSession {
	const built: AgendaSession = {
		id: slug.length,
		slug,
		title: slug,
		abstract: '',
		kind: 'keynote',
		status: 'scheduled',
		revision: 0,
		capacity: null,
		startsAt: hkt(start),
		endsAt: hkt(end),
		editedAt: hkt(start),
		track: null,
		room: null,
		speakers: [],
		langOf: {},
		searchable: [],
		...extra
	};
	// As listSessions gathers it (there in every language; these sessions have only English).
	built.searchable = [
		built.title,
		built.abstract,
		built.track?.name ?? '',
		...built.speakers.flatMap((speaker) => [speaker.name, speaker.roleTitle, speaker.organisation ?? ''])
	];
	return built;
}

const health = { slug: 'human-health', name: 'New drug development and human health', color: '#000', langOf: {} };
const green = { slug: 'green-technology', name: 'Green technology and sustainability', color: '#000', langOf: {} };
const speaker = (slug: string, name: string, organisation: string) => ({
	role: 'speaker',
	slug,
	name,
	honorific: '',
	roleTitle: 'Senior executive',
	photoUrl: null,
	isPlaceholder: false,
	organisation,
	langOf: {}
});

const day = [
	session('coffee', '09:00', '09:45', { kind: 'networking', title: 'Registration and welcome coffee' }),
	session('signing', '10:00', '10:30', {
		kind: 'ceremony',
		title: 'Signing Ceremony',
		speakers: [speaker('clara-chan', 'Clara Chan', 'HKIC')]
	}),
	session('keynote-health', '11:20', '11:50', { track: health, title: 'Keynote: new drug development' }),
	session('chat-green', '11:20', '12:00', {
		kind: 'fireside-chat',
		track: green,
		title: 'Fireside chat: Zürich 綠色科技',
		speakers: [speaker('syngenta', 'Syngenta representative', 'Syngenta')]
	})
];

const known = { trackSlugs: ['human-health', 'green-technology'], speakerSlugs: ['clara-chan', 'syngenta'] };

describe('agenda filters', () => {
	it('reads known filter values from the query string', () => {
		const filters = parseAgendaFilters(
			new URLSearchParams('track=human-health&kind=keynote&speaker=clara-chan&q=%20drug%20'),
			known
		);
		expect(filters).toEqual({
			track: 'human-health',
			kind: 'keynote',
			speaker: 'clara-chan',
			q: 'drug',
			qProblem: null
		});
	});

	it('ignores unknown values instead of failing', () => {
		const filters = parseAgendaFilters(new URLSearchParams('track=astrology&kind=party&speaker=nobody&extra=1'), known);
		expect(filters).toEqual({ track: null, kind: null, speaker: null, q: '', qProblem: null });
	});

	it('refuses an over-long search, searching for nothing rather than for part of it', () => {
		const filters = parseAgendaFilters(new URLSearchParams({ q: 'x'.repeat(101) }), known);
		expect(filters.q).toBe('');
		expect(filters.qProblem).toEqual({ code: 'too-long', max: 100 });
		expect(parseAgendaFilters(new URLSearchParams({ q: '議'.repeat(100) }), known).qProblem).toBeNull();
	});

	it('filters by track, kind and speaker together', () => {
		const slugs = (q: string) =>
			filterSessions(day, parseAgendaFilters(new URLSearchParams(q), known)).map((s) => s.slug);
		expect(slugs('track=human-health')).toEqual(['keynote-health']);
		expect(slugs('kind=fireside-chat')).toEqual(['chat-green']);
		expect(slugs('speaker=clara-chan')).toEqual(['signing']);
		expect(slugs('track=green-technology&kind=keynote')).toEqual([]);
		expect(slugs('')).toEqual(['coffee', 'signing', 'keynote-health', 'chat-green']);
	});

	it('searches titles, speakers and organisations regardless of case, accents and script', () => {
		const search = (q: string) =>
			filterSessions(day, { track: null, kind: null, speaker: null, q, qProblem: null }).map((s) => s.slug);
		expect(search('SIGNING')).toEqual(['signing']);
		expect(search('hkic')).toEqual(['signing']);
		expect(search('zurich')).toEqual(['chat-green']);
		expect(search('綠色')).toEqual(['chat-green']);
		expect(search('syngenta fireside')).toEqual(['chat-green']);
		expect(search('nothing-like-this')).toEqual([]);
		expect(normaliseForSearch('Ünïcödé')).toBe('unicode');
	});
});

describe('agenda grouping', () => {
	it('puts sessions that start together in one slot, in time order, keeping their given order within a slot', () => {
		const slots = groupByTimeSlot([day[1]!, day[2]!, day[0]!, day[3]!]);
		expect(slots.map((slot) => slot.sessions.map((s) => s.slug))).toEqual([
			['coffee'],
			['signing'],
			['keynote-health', 'chat-green']
		]);
		expect(slots[2]?.startsAt.toISOString()).toBe('2024-06-24T03:20:00.000Z');
	});
});

describe('now and next', () => {
	it('marks what is on and what comes next during the day', () => {
		expect(programmeMoment(day, hkt('10:15'))).toEqual({ nowSlugs: ['signing'], nextSlug: 'keynote-health' });
		expect(programmeMoment(day, hkt('11:30'))).toEqual({ nowSlugs: ['keynote-health', 'chat-green'], nextSlug: null });
		expect(programmeMoment(day, hkt('09:50'))).toEqual({ nowSlugs: [], nextSlug: 'signing' });
	});

	it('marks nothing before the day or after it', () => {
		expect(programmeMoment(day, new Date('2024-06-20T02:00:00Z'))).toEqual({ nowSlugs: [], nextSlug: null });
		expect(programmeMoment(day, hkt('12:00'))).toEqual({ nowSlugs: [], nextSlug: null });
		expect(programmeMoment(day, new Date('2026-11-25T00:00:00Z'))).toEqual({ nowSlugs: [], nextSlug: null });
	});

	it('skips cancelled sessions', () => {
		const withCancelled = day.map((s) => (s.slug === 'keynote-health' ? { ...s, status: 'cancelled' } : s));
		expect(programmeMoment(withCancelled, hkt('11:30'))).toEqual({ nowSlugs: ['chat-green'], nextSlug: null });
	});
});
