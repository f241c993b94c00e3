import { describe, expect, it } from 'vitest';
import { formatTime } from '$lib/time';
import type { AgendaSession } from '../agenda/sessions';
import { badLines, parseCalendar } from '../testing/ical';
import type { CalendarSummit } from './events';
import { buildPersonalCalendar, buildSessionCalendar, buildSummitCalendar, buildTrackCalendar } from './feeds';

const origin = 'https://summit.example.org';
const hkt = (clock: string) => new Date(`2024-06-24T${clock}:00+08:00`);

const event: CalendarSummit = {
	slug: 'biocomputing-summit-2024',
	name: 'International Bio-Computing Innovation Summit',
	tagline: 'Bio-computing, in Hong Kong; for everyone',
	timeZone: 'Asia/Hong_Kong',
	venueName: 'Hong Kong Convention and Exhibition Centre',
	venueAddress: '1 Expo Drive, Wan Chai, Hong Kong',
	venueDistrict: '',
	isSampleProgramme: false,
	createdAt: new Date('2024-01-01T00:00:00Z')
};

const partnership = { slug: 'partnership', name: 'Partnership', color: '#000', langOf: {} };
const green = {
	slug: 'green-technology',
	name: 'Green technology, sustainability; and more',
	color: '#000',
	langOf: {}
};

function session(
	id: number,
	slug: string,
	start: string,
	end: string,
	extra: Partial<AgendaSession> = {}
): AgendaSession {
	return {
		id,
		slug,
		title: slug,
		abstract: '',
		kind: 'keynote',
		status: 'scheduled',
		revision: 0,
		capacity: null,
		startsAt: hkt(start),
		endsAt: hkt(end),
		editedAt: new Date('2024-05-01T00:00:00Z'),
		track: null,
		room: { slug: 'main-hall', name: 'Main Hall', description: '', capacity: null, langOf: {} },
		speakers: [],
		langOf: {},
		searchable: [],
		...extra
	};
}

// What organizers type: commas, semicolons, backslashes, several paragraphs, Chinese, stray control characters.
const organizerText = 'Signing; ceremony, 簽署儀式 \\ HKIC x BioMap';
const organizerAbstract =
	'First paragraph, with commas; and semicolons.\n\n第二段：香港投資管理有限公司與百圖生科簽署戰略合作協議，標誌着香港邁向國際生物計算創新樞紐。\r\nA line after a Windows newline.\u0007';

const programme = [
	session(1, 'coffee', '09:00', '09:45', {
		kind: 'networking',
		title: 'Welcome coffee',
		room: { slug: 'foyer', name: 'Foyer', description: '', capacity: null, langOf: {} }
	}),
	session(2, 'signing', '10:00', '10:30', {
		kind: 'ceremony',
		title: organizerText,
		abstract: organizerAbstract,
		track: partnership,
		revision: 3,
		speakers: [
			{
				role: 'signatory',
				slug: 'clara-chan',
				name: 'Clara Chan',
				honorific: 'Ms',
				roleTitle: 'CEO',
				photoUrl: null,
				isPlaceholder: false,
				organisation: 'The Hong Kong Investment Corporation Limited',
				langOf: {}
			},
			{
				role: 'witness',
				slug: 'paul-chan',
				name: 'Paul Chan Mo-po',
				honorific: 'Mr',
				roleTitle: 'Financial Secretary',
				photoUrl: null,
				isPlaceholder: false,
				organisation: 'HKSAR Government',
				langOf: {}
			},
			{
				role: 'speaker',
				slug: 'sanofi',
				name: 'Sanofi representative',
				honorific: '',
				roleTitle: 'Senior executive',
				photoUrl: null,
				isPlaceholder: true,
				organisation: 'Sanofi',
				langOf: {}
			}
		]
	}),
	session(3, 'chat-green', '14:00', '14:45', { kind: 'fireside-chat', title: 'Fireside chat', track: green }),
	session(4, 'cancelled-panel', '15:00', '16:00', {
		kind: 'panel',
		title: 'Panel',
		track: green,
		status: 'cancelled',
		revision: 1
	})
];

describe('a calendar file', () => {
	it('puts every session at its Hong Kong time as an absolute UTC instant, with no time zone to define', () => {
		const body = buildSummitCalendar(event, programme, { origin, locale: 'en' }).body;
		expect(body).toContain('\r\nDTSTART:20240624T020000Z\r\nDTEND:20240624T023000Z\r\n');
		expect(body).not.toContain('TZID');
		const calendar = parseCalendar(body);
		expect(calendar.timezones).toBe(0);
		expect(calendar.events.map((e) => e.startZone)).toEqual(['UTC', 'UTC', 'UTC', 'UTC']);
		const signing = calendar.events.find((e) => e.uid === 'session-2@biocomputing-summit-2024');
		expect(signing?.start.toISOString()).toBe('2024-06-24T02:00:00.000Z');
		expect(signing?.end.toISOString()).toBe('2024-06-24T02:30:00.000Z');
		expect(
			calendar.events.map((e) => `${formatTime(e.start, 'Asia/Hong_Kong')}–${formatTime(e.end, 'Asia/Hong_Kong')}`)
		).toEqual(['09:00–09:45', '10:00–10:30', '14:00–14:45', '15:00–16:00']);
	});

	it('gives a session the same UID in every file, and each UID once per file', () => {
		const summit = parseCalendar(buildSummitCalendar(event, programme, { origin, locale: 'en' }).body);
		const uids = summit.events.map((e) => e.uid);
		expect(new Set(uids).size).toBe(uids.length);
		expect(uids).toEqual(programme.map((s) => `session-${s.id}@biocomputing-summit-2024`));

		const single = parseCalendar(buildSessionCalendar(event, programme[1]!, { origin, locale: 'en' }).body);
		const track = parseCalendar(
			buildTrackCalendar(event, { ...partnership, description: '' }, programme, { origin, locale: 'en' }).body
		);
		const personal = parseCalendar(
			buildPersonalCalendar(
				event,
				[{ session: programme[1]!, seat: 'confirmed', updatedAt: new Date('2024-05-02T00:00:00Z') }],
				{ origin, locale: 'en' }
			).body
		);
		expect(single.events.map((e) => e.uid)).toEqual(['session-2@biocomputing-summit-2024']);
		expect(track.events.map((e) => e.uid)).toEqual(['session-2@biocomputing-summit-2024']);
		expect(personal.events.map((e) => e.uid)).toEqual(['session-2@biocomputing-summit-2024']);
		// The UID does not depend on where the site runs.
		const elsewhere = parseCalendar(
			buildSummitCalendar(event, programme, { origin: 'http://127.0.0.1:4173', locale: 'en' }).body
		);
		expect(elsewhere.events.map((e) => e.uid)).toEqual(uids);
	});

	it('keeps what organizers type intact: commas, semicolons, backslashes, paragraphs and Chinese', () => {
		const file = buildSummitCalendar(event, programme, { origin, locale: 'en' });
		expect(badLines(file.body)).toEqual([]);
		const calendar = parseCalendar(file.body);
		expect(calendar.description).toBe('Bio-computing, in Hong Kong; for everyone');
		const signing = calendar.events[1]!;
		expect(signing.summary).toBe(organizerText);
		expect(signing.location).toBe(
			'Main Hall, Hong Kong Convention and Exhibition Centre, 1 Expo Drive, Wan Chai, Hong Kong'
		);
		expect(signing.categories).toEqual(['Partnership', 'Ceremony']);
		expect(signing.url).toBe('https://summit.example.org/agenda/signing');
		expect(signing.description).toBe(
			[
				'Monday 24 June 2024, 10:00–10:30 Hong Kong time (HKT)',
				'First paragraph, with commas; and semicolons.\n\n第二段：香港投資管理有限公司與百圖生科簽署戰略合作協議，標誌着香港邁向國際生物計算創新樞紐。\nA line after a Windows newline.',
				'Speakers:\n- Ms Clara Chan (Signatory), CEO, The Hong Kong Investment Corporation Limited\n- Mr Paul Chan Mo-po (Witness), Financial Secretary, HKSAR Government\n- Sanofi representative, Senior executive',
				'Details: https://summit.example.org/agenda/signing'
			].join('\n\n')
		);
		expect(calendar.events[2]?.categories).toEqual(['Green technology, sustainability; and more', 'Fireside chat']);
		const track = parseCalendar(
			buildTrackCalendar(event, { ...green, description: 'Carbon, crops; 綠色科技' }, programme, {
				origin,
				locale: 'en'
			}).body
		);
		expect(track.wrName).toBe(
			'International Bio-Computing Innovation Summit: Green technology, sustainability; and more'
		);
		expect(track.name).toBe(track.wrName);
		expect(track.description).toBe('Carbon, crops; 綠色科技');
	});

	it('ends every file with CRLF after END:VCALENDAR, as every other line (RFC 5545 §3.1)', () => {
		const choice = { session: programme[1]!, seat: 'confirmed' as const, updatedAt: new Date('2024-05-02T00:00:00Z') };
		const files = [
			buildSummitCalendar(event, programme, { origin, locale: 'en' }),
			buildTrackCalendar(event, { ...green, description: '' }, programme, { origin, locale: 'en' }),
			buildSessionCalendar(event, programme[1]!, { origin, locale: 'en' }),
			buildPersonalCalendar(event, [choice], { origin, locale: 'en', feedPath: '/calendar/my/abc.ics' }),
			buildPersonalCalendar(event, [{ ...choice, seat: 'cancelled' }], { origin, locale: 'en' })
		];
		for (const { body, filename } of files) {
			expect(body.endsWith('\r\nEND:VCALENDAR\r\n'), filename).toBe(true);
			expect(badLines(body), filename).toEqual([]);
			expect(parseCalendar(body).events.length, filename).toBeGreaterThan(0);
		}
	});

	it('publishes without organizer or attendees, so apps do not treat it as an invitation', () => {
		const body = buildSummitCalendar(event, programme, { origin, locale: 'en' }).body;
		const calendar = parseCalendar(body);
		expect(calendar.method).toBe('PUBLISH');
		expect(calendar.events.every((e) => e.organizerCount === 0 && e.attendeeCount === 0)).toBe(true);
		expect(body).not.toMatch(/^(ORGANIZER|ATTENDEE)/m);
	});

	it('keeps a cancelled session, marked cancelled, and carries each session’s revision as SEQUENCE', () => {
		const calendar = parseCalendar(buildSummitCalendar(event, programme, { origin, locale: 'en' }).body);
		const panel = calendar.events.find((e) => e.uid === 'session-4@biocomputing-summit-2024');
		expect(panel?.status).toBe('CANCELLED');
		expect(panel?.summary).toBe('Cancelled: Panel');
		expect(panel?.description).toContain('This session has been cancelled.');
		expect(calendar.events.map((e) => [e.status, e.sequence])).toEqual([
			['CONFIRMED', 0],
			['CONFIRMED', 3],
			['CONFIRMED', 0],
			['CANCELLED', 1]
		]);
	});

	it('dates each event by its last revision, so the same programme gives the same bytes', () => {
		const first = buildSummitCalendar(event, programme, { origin, locale: 'en' });
		const second = buildSummitCalendar(
			event,
			programme.map((s) => ({ ...s })),
			{ origin, locale: 'en' }
		);
		expect(second.body).toBe(first.body);
		const signing = parseCalendar(first.body).events[1];
		expect(signing?.stamp?.toISOString()).toBe('2024-05-01T00:00:00.000Z');
		expect(signing?.lastModified?.toISOString()).toBe('2024-05-01T00:00:00.000Z');
		expect(first.lastModified.toISOString()).toBe('2024-05-01T00:00:00.000Z');
	});

	it('names a feed and tells subscribed apps to refresh hourly; a one-session file has neither', () => {
		const summit = parseCalendar(buildSummitCalendar(event, programme, { origin, locale: 'en' }).body);
		expect(summit.wrName).toBe('International Bio-Computing Innovation Summit');
		expect(summit.refreshInterval).toBe('REFRESH-INTERVAL;VALUE=DURATION:PT1H');
		expect(summit.publishedTtl).toBe('PT1H');
		expect(summit.source).toBe('https://summit.example.org/calendar/summit.ics');
		const single = buildSessionCalendar(event, programme[1]!, { origin, locale: 'en' });
		expect(single.filename).toBe('signing.ics');
		const parsed = parseCalendar(single.body);
		expect([parsed.wrName, parsed.name, parsed.refreshInterval]).toEqual([null, null, null]);
	});

	it('builds a person’s calendar from their choices: in programme order, waitlisted seats marked', () => {
		const choices = [
			{ session: programme[2]!, seat: 'waitlisted' as const, updatedAt: new Date('2024-06-01T00:00:00Z') },
			{ session: programme[1]!, seat: 'confirmed' as const, updatedAt: new Date('2024-04-01T00:00:00Z') }
		];
		const file = buildPersonalCalendar(event, choices, { origin, locale: 'en', feedPath: '/calendar/my/abc.ics' });
		expect(file.filename).toBe('biocomputing-summit-2024-my-sessions.ics');
		expect(file.lastModified.toISOString()).toBe('2024-06-01T00:00:00.000Z');
		const calendar = parseCalendar(file.body);
		expect(calendar.wrName).toBe('International Bio-Computing Innovation Summit: my sessions');
		expect(calendar.source).toBe('https://summit.example.org/calendar/my/abc.ics');
		expect(calendar.events.map((e) => e.summary)).toEqual([organizerText, 'Fireside chat (waitlist)']);
		expect(calendar.events[1]?.description).toContain('You are on the waitlist for this session.');
		// A seat confirmed from the waitlist changes the summary: its DTSTAMP follows the choice.
		expect(calendar.events[1]?.stamp?.toISOString()).toBe('2024-06-01T00:00:00.000Z');

		const attachment = parseCalendar(buildPersonalCalendar(event, choices, { origin, locale: 'en' }).body);
		expect(attachment.wrName).toBeNull();
		expect(attachment.events).toHaveLength(2);
	});

	it('says when the programme is still sample data', () => {
		const calendar = parseCalendar(
			buildSessionCalendar({ ...event, isSampleProgramme: true }, programme[2]!, { origin, locale: 'en' }).body
		);
		expect(calendar.events[0]?.description).toContain('sample data until the organizers confirm them');
	});
});
