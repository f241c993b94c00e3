import { afterEach, describe, expect, it } from 'vitest';
import { db } from '../db';
import { getCurrentEvent } from '../agenda/event';
import { getSessionWithNeighbours, listSessions } from '../agenda/sessions';
import { fieldErrors } from '$lib/i18n/form-errors';
import { sessionWords } from '$lib/i18n/form-words';
import { parseWith, type FieldProblems } from '../forms';
import {
	createSession,
	deleteSession,
	sessionSchema,
	setSessionStatus,
	updateSession,
	type SessionForm
} from './sessions';
import { fromZonedLocal, toZonedLocal } from './zoned-time';
import { register } from '../registration/register';
import { renderOutboxMail } from '../mail/render';
import { attendee } from '../testing/fixtures';
import { icsAttachmentText, parseCalendar } from '../testing/ical';

// Shares the run's seeded database: sessions made here sit in the evening, after the seeded programme,
// and are deleted after each test, so the agenda other tests read is the seeded one.
const actor = { id: null, email: 'sessions-test@test.example', ip: '192.0.2.20' };
const made: number[] = [];

afterEach(async () => {
	await db.registration.deleteMany({ where: { email: { endsWith: '@sessions-test.example' } } });
	await db.session.deleteMany({ where: { id: { in: made.splice(0) } } });
});

function form(overrides: Record<string, unknown> = {}): SessionForm {
	const parsed = parseWith(sessionSchema, {
		title: `Evening test ${crypto.randomUUID().slice(0, 6)}`,
		kind: 'panel',
		startsAt: '2024-06-24T20:00',
		endsAt: '2024-06-24T21:00',
		...overrides
	});
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
	return parsed.data;
}

async function create(overrides: Record<string, unknown> = {}) {
	const event = await getCurrentEvent();
	const result = await createSession(actor, event, form(overrides));
	if (!result.ok) throw new Error(JSON.stringify(result.problems));
	made.push(result.id);
	return { event, id: result.id, warnings: result.warnings };
}

const revisionOf = async (id: number) => (await db.session.findUniqueOrThrow({ where: { id } })).revision;

/** The seeded summit is past on the real clock: its attendees register inside its window. */
const inTheWindow = { now: new Date('2024-06-01T10:00:00+08:00') };

describe('session times in Hong Kong', () => {
	it('turns wall-clock HKT into UTC and back', () => {
		expect(fromZonedLocal('2024-06-24T10:00', 'Asia/Hong_Kong')?.toISOString()).toBe('2024-06-24T02:00:00.000Z');
		expect(toZonedLocal(new Date('2024-06-24T02:00:00Z'), 'Asia/Hong_Kong')).toBe('2024-06-24T10:00');
		expect(fromZonedLocal('2024-02-30T10:00', 'Asia/Hong_Kong')).toBeNull();
		// A zone with summer time: 09:00 in London in June is 08:00 UTC.
		expect(fromZonedLocal('2024-06-24T09:00', 'Europe/London')?.toISOString()).toBe('2024-06-24T08:00:00.000Z');
	});
});

describe('validating a session', () => {
	it('needs an end after the start, on the summit day, and a room and speakers that exist', async () => {
		const event = await getCurrentEvent();
		// The domain's problem codes, worded as the session pages word them.
		const said = (result: { ok: true } | { ok: false; problems: FieldProblems; status?: number }) => {
			if (result.ok) return result;
			const { problems, ...rest } = result;
			return { ...rest, errors: fieldErrors(problems, sessionWords(event)) };
		};
		const cases: [Record<string, unknown>, Record<string, string>][] = [
			[{ endsAt: '2024-06-24T19:30' }, { endsAt: 'The end must be after the start.' }],
			[
				{ startsAt: '2024-06-25T09:00', endsAt: '2024-06-25T10:00' },
				{ startsAt: expect.stringContaining('24 June 2024'), endsAt: expect.stringContaining('24 June 2024') }
			],
			[
				{ startsAt: '2024-06-23T23:30', endsAt: '2024-06-24T00:30' },
				{ startsAt: expect.stringContaining('summit day') }
			],
			// /agenda/changes is the changelog's page: no session may take its address.
			[{ slug: 'changes' }, { slug: 'Another item already uses this web address.' }],
			[
				{ roomId: '999999', speakerId: ['999999'] },
				{ roomId: 'Select a room from the list', 'speakerId.0': 'Select speaker 1 from the list' }
			]
		];
		for (const [overrides, errors] of cases) {
			const result = await createSession(actor, event, form(overrides));
			expect(said(result)).toEqual({ ok: false, status: 400, errors });
		}
		expect(
			said(parseWith(sessionSchema, { title: '', kind: 'party', startsAt: 'soon', endsAt: '', capacity: '0' }))
		).toEqual({
			ok: false,
			errors: {
				title: 'Enter the title',
				kind: 'Select the type of session',
				startsAt: 'Enter the start date and time',
				endsAt: 'Enter the end date and time',
				capacity: 'Capacity must be a whole number of 1 or more'
			}
		});
		expect(
			parseWith(sessionSchema, {
				title: 'T',
				kind: 'panel',
				startsAt: '2024-06-24T20:00',
				endsAt: '2024-06-24T21:00',
				speakerId: ['3', '3'],
				speakerRole: ['host', 'boss']
			})
		).toEqual({
			ok: false,
			problems: { 'speakerId.1': { code: 'duplicate' }, 'speakerRole.1': { code: 'invalid' } }
		});
		expect(
			said(
				parseWith(sessionSchema, {
					title: 'T',
					kind: 'panel',
					startsAt: '2024-06-24T20:00',
					endsAt: '2024-06-24T21:00',
					speakerId: ['3', '3'],
					speakerRole: ['host', 'boss']
				})
			)
		).toEqual({
			ok: false,
			errors: {
				'speakerId.1': 'Speaker 2 is already listed above',
				'speakerRole.1': 'Select the role of speaker 2 from the list'
			}
		});
		expect(await db.session.count({ where: { title: { startsWith: 'Evening test' } } })).toBe(0);
	});
});

describe('changing sessions', () => {
	it('creates a session that the agenda shows, at revision 0, and audits it', async () => {
		const { event, id } = await create({ title: 'Evening reception talk', capacity: '40' });
		const session = (await listSessions(event.id)).find((s) => s.id === id)!;
		expect(session).toMatchObject({ slug: 'evening-reception-talk', revision: 0, capacity: 40 });
		expect(session.startsAt.toISOString()).toBe('2024-06-24T12:00:00.000Z');
		const entry = await db.auditEntry.findFirstOrThrow({
			where: { action: 'session.create', entityId: 'evening-reception-talk' }
		});
		expect(JSON.parse(entry.changes)).toMatchObject({
			title: 'Evening reception talk',
			startsAt: '2024-06-24T12:00:00.000Z',
			capacity: 40
		});
	});

	it('raises the revision when time, room or status change, not for the title', async () => {
		const { event, id } = await create();
		const room = await db.room.findFirstOrThrow({ where: { eventId: event.id } });
		const base = { title: 'Renamed evening session' };
		await updateSession(actor, event, id, form(base));
		expect(await revisionOf(id)).toBe(0);
		await updateSession(actor, event, id, form({ ...base, startsAt: '2024-06-24T20:30', endsAt: '2024-06-24T21:30' }));
		expect(await revisionOf(id)).toBe(1);
		await updateSession(
			actor,
			event,
			id,
			form({ ...base, startsAt: '2024-06-24T20:30', endsAt: '2024-06-24T21:30', roomId: String(room.id) })
		);
		expect(await revisionOf(id)).toBe(2);
		await setSessionStatus(actor, event.id, id, 'cancelled');
		expect(await revisionOf(id)).toBe(3);
		await setSessionStatus(actor, event.id, id, 'cancelled');
		expect(await revisionOf(id)).toBe(3);
		await setSessionStatus(actor, event.id, id, 'scheduled');
		expect(await revisionOf(id)).toBe(4);

		const entries = await db.auditEntry.findMany({
			where: { entityType: 'session', entityId: (await db.session.findUniqueOrThrow({ where: { id } })).slug },
			orderBy: { id: 'asc' }
		});
		expect(entries.map((e) => e.action)).toEqual([
			'session.create',
			'session.update',
			'session.update',
			'session.update',
			'session.cancel',
			'session.reinstate'
		]);
		expect(JSON.parse(entries[2]!.changes)).toEqual({
			startsAt: ['2024-06-24T12:00:00.000Z', '2024-06-24T12:30:00.000Z'],
			endsAt: ['2024-06-24T13:00:00.000Z', '2024-06-24T13:30:00.000Z'],
			revision: [0, 1]
		});
	});

	it('dates a session by its last public change: not an unchanged save, a new capacity or a seat', async () => {
		const { event, id } = await create({ title: 'Evening session to date', capacity: '40' });
		const editedAt = async () => (await db.session.findUniqueOrThrow({ where: { id } })).editedAt.getTime();
		const created = await editedAt();
		const later = () => new Promise((resolve) => setTimeout(resolve, 5));

		await later();
		await updateSession(actor, event, id, form({ title: 'Evening session to date', capacity: '40' }));
		await updateSession(actor, event, id, form({ title: 'Evening session to date', capacity: '50' }));
		await register(
			event.id,
			attendee(`dated-${id}`, { email: `dated-${id}@sessions-test.example`, sessionIds: [id] }),
			inTheWindow
		);
		expect((await db.session.findUniqueOrThrow({ where: { id } })).confirmedCount).toBe(1);
		expect(await editedAt()).toBe(created);

		await updateSession(actor, event, id, form({ title: 'Evening session, renamed', capacity: '50' }));
		const renamed = await editedAt();
		expect(renamed).toBeGreaterThan(created);
		await later();
		await setSessionStatus(actor, event.id, id, 'cancelled');
		expect(await editedAt()).toBeGreaterThan(renamed);
	});

	it('mails nobody per edit when a session is cancelled or back: the next release tells its attendees', async () => {
		const { event, id } = await create({ title: 'Evening session people chose' });
		const emails = ['one', 'two'].map((name) => `${name}-${id}@sessions-test.example`);
		for (const email of emails) await register(event.id, attendee(email, { email, sessionIds: [id] }), inTheWindow);
		const mailsBefore = await db.outboxMail.count({ where: { toAddress: { in: emails } } });

		await setSessionStatus(actor, event.id, id, 'cancelled');
		await setSessionStatus(actor, event.id, id, 'scheduled');
		await setSessionStatus(actor, event.id, id, 'cancelled');
		expect(await db.outboxMail.count({ where: { toAddress: { in: emails } } })).toBe(mailsBefore);

		// A cancellation mail queued per edit before releases existed is still sent, with the updated .ics.
		const registration = await db.registration.findFirstOrThrow({ where: { email: emails[0] } });
		const message = await renderOutboxMail({
			kind: 'session-cancelled',
			registrationId: registration.id,
			payload: JSON.stringify({ sessionId: id })
		});
		expect(message?.subject).toBe('Cancelled: Evening session people chose');
		expect(message?.text).toContain('“Evening session people chose” has been cancelled.');
		const calendar = parseCalendar(icsAttachmentText(message));
		expect(calendar.events.find((e) => e.summary.includes('Evening session people chose'))).toMatchObject({
			status: 'CANCELLED',
			sequence: 3
		});
		await db.outboxMail.deleteMany({ where: { toAddress: { in: emails } } });
	});

	it('warns of a room used twice at once and a speaker in two places, and still saves', async () => {
		const event = await getCurrentEvent();
		const signing = await db.session.findFirstOrThrow({
			where: { eventId: event.id, slug: 'hkic-biomap-signing-ceremony' },
			include: { speakers: { include: { speaker: true } }, room: true }
		});
		const clara = signing.speakers.find((s) => s.speaker.slug === 'clara-chan')!;
		const { warnings } = await create({
			title: 'Clashing session',
			startsAt: '2024-06-24T10:05',
			endsAt: '2024-06-24T10:25',
			roomId: String(signing.roomId),
			speakerId: [String(clara.speakerId)],
			speakerRole: ['moderator']
		});
		const other = { title: signing.title, startsAt: signing.startsAt, endsAt: signing.endsAt };
		expect(warnings).toEqual([
			{ clash: 'room', room: 'Main Hall', other },
			{ clash: 'speaker', speaker: 'Clara Chan', other }
		]);
	});

	it('keeps capacity at or above the seats taken', async () => {
		const { event, id } = await create({ capacity: '50' });
		await db.session.update({ where: { id }, data: { confirmedCount: 30 } });
		const refused = await updateSession(actor, event, id, form({ capacity: '20' }));
		expect(refused).toEqual({ ok: false, status: 400, problems: { capacity: { code: 'below-taken', count: 30 } } });
		expect(refused.ok ? null : fieldErrors(refused.problems, sessionWords(event))).toEqual({
			capacity: '30 seats are already taken; the capacity cannot be lower.'
		});
		expect((await db.session.findUniqueOrThrow({ where: { id } })).capacity).toBe(50);
		expect(await updateSession(actor, event, id, form({ capacity: '30' }))).toMatchObject({ ok: true });
	});

	it('raising the capacity gives the new seats to the people waiting for the session', async () => {
		const { event, id } = await create({ capacity: '1' });
		const person = (n: number, status: 'confirmed' | 'waitlisted') =>
			db.registration.create({
				data: {
					eventId: event.id,
					reference: `T-${crypto.randomUUID().slice(0, 8)}`,
					email: `p${n}-${crypto.randomUUID().slice(0, 6)}@sessions-test.example`,
					emailNormalised: `p${n}-${crypto.randomUUID()}@sessions-test.example`,
					fullName: `Person ${n}`,
					organisation: 'Test',
					jobTitle: 'Tester',
					category: 'industry',
					country: 'HK',
					consentedAt: new Date(),
					status: 'confirmed',
					sessions: { create: { sessionId: id, status, waitlistedAt: status === 'waitlisted' ? new Date() : null } }
				}
			});
		await person(1, 'confirmed');
		const waiting = await person(2, 'waitlisted');
		await db.session.update({ where: { id }, data: { confirmedCount: 1 } });
		expect(await updateSession(actor, event, id, form({ capacity: '2' }))).toMatchObject({ ok: true });
		expect((await db.session.findUniqueOrThrow({ where: { id } })).confirmedCount).toBe(2);
		expect(
			(
				await db.registrationSession.findUniqueOrThrow({
					where: { registrationId_sessionId: { registrationId: waiting.id, sessionId: id } }
				})
			).status
		).toBe('confirmed');
	});

	it('deletes a session nobody chose, and refuses one with attendees', async () => {
		const { event, id } = await create();
		const registration = await db.registration.create({
			data: {
				eventId: event.id,
				reference: `T-${crypto.randomUUID().slice(0, 8)}`,
				email: 'someone@sessions-test.example',
				emailNormalised: 'someone@sessions-test.example',
				fullName: 'Someone',
				organisation: 'Test',
				jobTitle: 'Tester',
				category: 'industry',
				country: 'HK',
				consentedAt: new Date(),
				status: 'confirmed',
				sessions: { create: { sessionId: id, status: 'confirmed' } }
			}
		});
		expect(await deleteSession(actor, event.id, id)).toEqual({ ok: false, error: 'has-attendees', attendees: 1 });
		await db.registrationSession.update({
			where: { registrationId_sessionId: { registrationId: registration.id, sessionId: id } },
			data: { status: 'cancelled' }
		});
		expect(await deleteSession(actor, event.id, id)).toMatchObject({ ok: true });
		expect(await db.session.findUnique({ where: { id } })).toBeNull();
	});
});

describe('a session in Chinese', () => {
	it("shows an organizer's 繁體中文 title on the 繁體中文 page, derived Simplified on the 简体中文 one, and audits it", async () => {
		const { event, id } = await create();
		const before = await db.session.findUniqueOrThrow({ where: { id } });
		const result = await updateSession(
			actor,
			event,
			id,
			form({ title: before.title, 'title:zh-hk': '生物運算與藥物研發', abstract: 'About drugs' })
		);
		expect(result.ok).toBe(true);
		const page = async (locale: 'en' | 'zh-hk' | 'zh-cn') =>
			(await getSessionWithNeighbours(event.id, before.slug, locale))?.session;
		expect(await page('zh-hk')).toMatchObject({
			title: '生物運算與藥物研發',
			abstract: 'About drugs',
			langOf: { abstract: 'en' }
		});
		expect(await page('zh-cn')).toMatchObject({ title: '生物运算与药物研发', langOf: { abstract: 'en' } });
		expect(await page('en')).toMatchObject({ title: before.title, langOf: {} });
		const audit = await db.auditEntry.findFirstOrThrow({
			where: { action: 'session.update', entityId: before.slug },
			orderBy: { id: 'desc' }
		});
		expect(JSON.parse(audit.changes)).toMatchObject({ 'title:zh-hk': ['', '生物運算與藥物研發'] });
	});

	it('refuses a translation longer than the English may be, naming its language', async () => {
		const parsed = parseWith(sessionSchema, {
			title: 'Evening',
			'title:zh-cn': '议'.repeat(201),
			kind: 'panel',
			startsAt: '2024-06-24T20:00',
			endsAt: '2024-06-24T21:00'
		});
		expect(parsed.ok).toBe(false);
		if (parsed.ok) return;
		const event = await getCurrentEvent();
		expect(fieldErrors(parsed.problems, sessionWords(event))).toEqual({
			'title:zh-cn': 'Title (简体中文) must be 200 characters or fewer'
		});
	});
});
