import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '../db';
import { revisionUpdate } from '../agenda/revision';
import { parseCalendar } from '../testing/ical';
import { getPersonalCalendar, registrationCalendarAttachment } from './personal';
import { hashRegistrationToken } from '../registration/tokens';

// Registrations are written straight through Prisma here (registering is another module's job) in the
// run's seeded database, and deleted afterwards.
const origin = 'http://127.0.0.1:4173';
const token = 'calendartesttokenaaaaaaaaaaaaaaa';
const cancelledToken = 'calendartesttokenbbbbbbbbbbbbbbb';
const waitlistedToken = 'calendartesttokenccccccccccccccc';
const registrationIds: number[] = [];

async function sessionId(slug: string) {
	return (await db.session.findFirstOrThrow({ where: { slug }, select: { id: true } })).id;
}

async function createRegistration(name: string, status: string, tokenValue: string, seats: [string, string][]) {
	const event = await db.event.findUniqueOrThrow({ where: { slug: 'biocomputing-summit-2024' } });
	const registration = await db.registration.create({
		data: {
			eventId: event.id,
			reference: `BCS-TEST-${name.toUpperCase()}`,
			email: `${name}@example.org`,
			emailNormalised: `${name}@example.org`,
			fullName: `Calendar ${name}`,
			organisation: 'Test',
			jobTitle: 'Tester',
			category: 'other',
			country: 'HK',
			consentedAt: new Date(),
			status,
			tokens: { create: { tokenHash: hashRegistrationToken(tokenValue) } },
			sessions: { create: await Promise.all(seats.map(async ([slug, seat]) => ({ sessionId: await sessionId(slug), status: seat }))) }
		}
	});
	registrationIds.push(registration.id);
	return registration;
}

let attendeeId: number;

beforeAll(async () => {
	attendeeId = (
		await createRegistration('attendee', 'confirmed', token, [
			['fireside-chat-green-technology', 'waitlisted'],
			['keynote-new-drug-development', 'confirmed'],
			['hkic-biomap-signing-ceremony', 'requested'],
			['fireside-chat-drug-development', 'cancelled']
		])
	).id;
	await createRegistration('cancelled', 'cancelled', cancelledToken, [['keynote-new-drug-development', 'confirmed']]);
	await createRegistration('waitlisted', 'waitlisted', waitlistedToken, [['keynote-new-drug-development', 'requested']]);
});

afterAll(async () => {
	await db.registration.deleteMany({ where: { id: { in: registrationIds } } });
});

describe('an attendee’s calendar subscription', () => {
	it('holds the sessions they chose, in programme order, without the ones they gave up', async () => {
		const file = await getPersonalCalendar(token, origin);
		expect(file?.filename).toBe('biocomputing-summit-2024-my-sessions.ics');
		const calendar = parseCalendar(file!.body);
		expect(calendar.wrName).toBe('International Bio-Computing Innovation Summit: my sessions');
		expect(calendar.source).toBe(`${origin}/calendar/my/${token}.ics`);
		expect(calendar.events.map((e) => e.summary)).toEqual([
			'HKIC x BioMap Strategic Partnership Agreement Signing Ceremony',
			'Keynote: Accelerating new drug development to improve human health',
			'Fireside chat: Bio-computing for green technology (waitlist)'
		]);
		expect(calendar.events[2]?.description).toContain('You are on the waitlist for this session.');
		expect(calendar.events[1]?.description).not.toContain('waitlist');
	});

	it('uses the same UIDs as the summit feed and follows a change of time', async () => {
		const keynote = await db.session.findFirstOrThrow({ where: { slug: 'keynote-new-drug-development' } });
		const changes = { startsAt: new Date('2024-06-24T15:00:00+08:00'), endsAt: new Date('2024-06-24T15:30:00+08:00') };
		await db.session.update({ where: { id: keynote.id }, data: { ...changes, revision: revisionUpdate(keynote, changes), editedAt: new Date() } });
		try {
			const event = parseCalendar((await getPersonalCalendar(token, origin))!.body).events.find((e) => e.uid === `session-${keynote.id}@biocomputing-summit-2024`);
			expect(event?.sequence).toBe(keynote.revision + 1);
			expect(event?.start.toISOString()).toBe('2024-06-24T07:00:00.000Z');
		} finally {
			await db.session.update({ where: { id: keynote.id }, data: { startsAt: keynote.startsAt, endsAt: keynote.endsAt, revision: keynote.revision, editedAt: keynote.editedAt } });
		}
	});

	it('marks every session waitlisted while the person waits for a place at the summit', async () => {
		const calendar = parseCalendar((await getPersonalCalendar(waitlistedToken, origin))!.body);
		expect(calendar.events.map((e) => e.summary)).toEqual(['Keynote: Accelerating new drug development to improve human health (waitlist)']);
	});

	it('is not there for an unknown token or a cancelled registration', async () => {
		expect(await getPersonalCalendar('unknowntokenaaaaaaaaaaaaaaaaaaaa', origin)).toBeNull();
		expect(await getPersonalCalendar(cancelledToken, origin)).toBeNull();
		expect(await getPersonalCalendar('', origin)).toBeNull();
		expect(await getPersonalCalendar('x'.repeat(5000), origin)).toBeNull();
	});
});

describe('the confirmation mail’s attachment', () => {
	it('is the same sessions as a file to import once', async () => {
		const attachment = await registrationCalendarAttachment(attendeeId, { origin });
		expect(attachment?.filename).toBe('biocomputing-summit-2024-my-sessions.ics');
		expect(attachment?.contentType).toBe('text/calendar; charset=utf-8; method=PUBLISH');
		const calendar = parseCalendar(attachment!.content);
		expect(calendar.method).toBe('PUBLISH');
		expect(calendar.wrName).toBeNull();
		expect(calendar.events).toHaveLength(3);
	});

	it('is left out when there is nothing to attach', async () => {
		const cancelled = await db.registration.findFirstOrThrow({ where: { reference: 'BCS-TEST-CANCELLED' } });
		expect(await registrationCalendarAttachment(cancelled.id, { origin })).toBeNull();
		expect(await registrationCalendarAttachment(999_999, { origin })).toBeNull();
		const empty = await createRegistration('empty', 'confirmed', 'calendartesttokendddddddddddddddd', []);
		expect(await registrationCalendarAttachment(empty.id, { origin })).toBeNull();
	});
});
