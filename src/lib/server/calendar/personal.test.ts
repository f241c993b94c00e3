import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '../db';
import { revisionUpdate } from '../agenda/revision';
import { parseCalendar } from '../testing/ical';
import { attendee, createTestEvent } from '../testing/fixtures';
import { getPersonalFeed, registrationCalendarAttachment } from './personal';
import {
	calendarFeedToken,
	findRegistrationByToken,
	hashRegistrationToken,
	issueCalendarFeedToken
} from '../registration/tokens';
import { register } from '../registration/register';
import { cancelRegistration } from '../registration/cancel';
import { eraseRegistration, updateSessionChoices } from '../registration/self-service';

// Registrations for the seeded programme are written straight through Prisma here (registering is another
// module's job), with their private link as register.ts writes it, and deleted afterwards. The tests of
// cancelling and erasing register for a test event of their own, so seat counts stay true.
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
			sessions: {
				create: await Promise.all(
					seats.map(async ([slug, seat]) => ({ sessionId: await sessionId(slug), status: seat }))
				)
			}
		}
	});
	registrationIds.push(registration.id);
	return registration;
}

/** The calendar a feed URL answers with (failing the test when it answers anything else). */
async function calendarAt(feedToken: string) {
	const feed = await getPersonalFeed(feedToken, origin);
	if (feed?.kind !== 'calendar') throw new Error(`Expected a calendar, got ${JSON.stringify(feed)}`);
	return feed.file;
}

let attendeeId: number;
let feedToken: string;

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
	await createRegistration('waitlisted', 'waitlisted', waitlistedToken, [
		['keynote-new-drug-development', 'requested']
	]);
	feedToken = await issueCalendarFeedToken(token);
});

afterAll(async () => {
	await db.registration.deleteMany({ where: { id: { in: registrationIds } } });
	await db.registrationToken.deleteMany({
		where: { tokenHash: { in: [token, cancelledToken, waitlistedToken].map(hashRegistrationToken) } }
	});
});

describe('an attendee’s calendar subscription', () => {
	it('holds the sessions they chose, in programme order, without the ones they gave up', async () => {
		const file = await calendarAt(feedToken);
		expect(file.filename).toBe('biocomputing-summit-2024-my-sessions.ics');
		const calendar = parseCalendar(file.body);
		expect(calendar.wrName).toBe('International Bio-Computing Innovation Summit: my sessions');
		expect(calendar.source).toBe(`${origin}/calendar/my/${feedToken}.ics`);
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
		await db.session.update({
			where: { id: keynote.id },
			data: { ...changes, revision: revisionUpdate(keynote, changes), editedAt: new Date() }
		});
		try {
			const event = parseCalendar((await calendarAt(feedToken)).body).events.find(
				(e) => e.uid === `session-${keynote.id}@biocomputing-summit-2024`
			);
			expect(event?.sequence).toBe(keynote.revision + 1);
			expect(event?.start.toISOString()).toBe('2024-06-24T07:00:00.000Z');
		} finally {
			await db.session.update({
				where: { id: keynote.id },
				data: {
					startsAt: keynote.startsAt,
					endsAt: keynote.endsAt,
					revision: keynote.revision,
					editedAt: keynote.editedAt
				}
			});
		}
	});

	it('marks every session waitlisted while the person waits for a place at the summit', async () => {
		const calendar = parseCalendar((await calendarAt(await issueCalendarFeedToken(waitlistedToken))).body);
		expect(calendar.events.map((e) => e.summary)).toEqual([
			'Keynote: Accelerating new drug development to improve human health (waitlist)'
		]);
	});

	it('is not there for an unknown or malformed token', async () => {
		expect(await getPersonalFeed('unknowntokenaaaaaaaaaaaaaaaaaaaa', origin)).toBeNull();
		expect(await getPersonalFeed('', origin)).toBeNull();
		expect(await getPersonalFeed('x'.repeat(5000), origin)).toBeNull();
	});
});

describe('the feed’s own token', () => {
	it('is read-only: it opens the calendar and not the registration', async () => {
		expect(feedToken).toMatch(/^[a-z2-7]{32}$/);
		expect(feedToken).not.toBe(token);
		// Derived again from the link on every visit, the same each time; another link, another feed token.
		expect(calendarFeedToken(token)).toBe(feedToken);
		expect(calendarFeedToken(cancelledToken)).not.toBe(feedToken);
		expect((await findRegistrationByToken(token))?.id).toBe(attendeeId);
		expect(await findRegistrationByToken(feedToken)).toBeNull();
		// Only its hash is kept, beside the link's.
		const row = await db.registrationToken.findUniqueOrThrow({ where: { tokenHash: hashRegistrationToken(token) } });
		expect(row.feedTokenHash).toBe(hashRegistrationToken(feedToken));
		expect(JSON.stringify(row)).not.toContain(feedToken);
	});

	it('takes over an old feed URL made of the private link: it moves there, and the feed token works from then on', async () => {
		// A link issued before feed tokens existed, or never shown since: its feed token is not known yet.
		const oldLink = 'calendartestoldlinkaaaaaaaaaaaaa';
		await db.registrationToken.create({
			data: { tokenHash: hashRegistrationToken(oldLink), registrationId: attendeeId }
		});
		try {
			expect(await getPersonalFeed(calendarFeedToken(oldLink), origin)).toBeNull();
			expect(await getPersonalFeed(oldLink, origin)).toEqual({
				kind: 'moved',
				location: `${origin}/calendar/my/${calendarFeedToken(oldLink)}.ics`
			});
			const calendar = parseCalendar((await calendarAt(calendarFeedToken(oldLink))).body);
			expect(calendar.source).toBe(`${origin}/calendar/my/${calendarFeedToken(oldLink)}.ics`);
			expect(calendar.events).toHaveLength(3);
		} finally {
			await db.registrationToken.delete({ where: { tokenHash: hashRegistrationToken(oldLink) } });
		}
	});
});

describe('a registration that ends', () => {
	it('cancelled: the feed stays, its events cancelled with a higher SEQUENCE, so subscribed calendars clear them', async () => {
		const { event, sessionIds } = await createTestEvent({ capacity: 10, sessionCapacities: [5, 5, null] });
		const result = await register(event.id, attendee(`cancel-feed-${event.id}`, { sessionIds }));
		if (result.outcome !== 'registered') throw new Error(result.outcome);
		const registration = await db.registration.findUniqueOrThrow({ where: { reference: result.reference } });
		const feed = await issueCalendarFeedToken(result.token);
		await updateSessionChoices(registration.id, sessionIds.slice(0, 2));
		const held = parseCalendar((await calendarAt(feed)).body);
		expect(held.events.map((e) => [e.summary, e.status, e.sequence])).toEqual([
			['Session 0', 'CONFIRMED', 0],
			['Session 1', 'CONFIRMED', 0]
		]);

		await cancelRegistration(registration.id);
		const file = await calendarAt(feed);
		const cancelled = parseCalendar(file.body);
		expect(cancelled.wrName).toBe(held.wrName);
		// The same events (Session 2, given up before, does not come back), each cancelled.
		expect(cancelled.events.map((e) => e.uid)).toEqual(held.events.map((e) => e.uid));
		expect(cancelled.events.map((e) => [e.summary, e.status, e.sequence])).toEqual([
			['Cancelled: Session 0', 'CANCELLED', 1],
			['Cancelled: Session 1', 'CANCELLED', 1]
		]);
		expect(cancelled.events[0]?.description).toContain('Your registration has been cancelled.');
		expect(cancelled.events[0]!.stamp!.getTime()).toBeGreaterThanOrEqual(held.events[0]!.stamp!.getTime());
		// The mail attachment is for confirmations: none for a cancelled registration.
		expect(await registrationCalendarAttachment(registration.id, { origin })).toBeNull();
	});

	it('erased: the feed is gone (410), by either token, and nothing personal stays behind', async () => {
		const { event, sessionIds } = await createTestEvent({ capacity: 10, sessionCapacities: [5] });
		const result = await register(event.id, attendee(`erase-feed-${event.id}`, { sessionIds }));
		if (result.outcome !== 'registered') throw new Error(result.outcome);
		const registration = await db.registration.findUniqueOrThrow({ where: { reference: result.reference } });
		const feed = await issueCalendarFeedToken(result.token);
		expect((await getPersonalFeed(feed, origin))?.kind).toBe('calendar');

		await eraseRegistration(registration.id);
		expect(await getPersonalFeed(feed, origin)).toEqual({ kind: 'gone' });
		expect(await getPersonalFeed(result.token, origin)).toEqual({ kind: 'gone' });
		expect(await findRegistrationByToken(result.token)).toBeNull();
		expect(await db.registration.count({ where: { id: registration.id } })).toBe(0);
		expect(await db.registrationSession.count({ where: { registrationId: registration.id } })).toBe(0);
		expect(await db.outboxMail.count({ where: { registrationId: registration.id } })).toBe(0);
		// What stays: the link's row, cut loose: two hashes and when it was issued.
		const row = await db.registrationToken.findUniqueOrThrow({
			where: { tokenHash: hashRegistrationToken(result.token) }
		});
		expect(Object.keys(row).sort()).toEqual(['createdAt', 'feedTokenHash', 'registrationId', 'tokenHash']);
		expect(row.registrationId).toBeNull();
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
