import { describe, expect, it } from 'vitest';
import { db } from '../db';
import { attendee, createTestEvent, TEST_ORIGIN } from '../testing/fixtures';
import { getPersonalFeed } from '../calendar/personal';
import { openPrivatePage } from './private-page';
import { register } from './register';
import { updateSessionChoices } from './self-service';
import { calendarFeedToken, generateRegistrationToken, hashRegistrationToken } from './tokens';

async function registered(name: string, eventId: number, sessionIds: number[]) {
	const result = await register(eventId, attendee(name, { sessionIds }));
	if (result.outcome !== 'registered') throw new Error(result.outcome);
	return result;
}

describe('a private link, opened', () => {
	it("gives its registration and its feed's token, recording the feed token of a link issued before them", async () => {
		const { event, sessionIds } = await createTestEvent({ capacity: 5, sessionCapacities: [5] });
		const result = await registered(`link-${event.id}`, event.id, sessionIds.slice(0, 1));
		const tokenHash = hashRegistrationToken(result.token);
		// As a link made before feed tokens existed: no feed token recorded.
		await db.registrationToken.update({ where: { tokenHash }, data: { feedTokenHash: null } });

		const page = await openPrivatePage(result.token, 'en');
		const registration = await db.registration.findUniqueOrThrow({ where: { reference: result.reference } });
		expect(page?.registration).toMatchObject({ id: registration.id, reference: result.reference, status: 'confirmed' });
		expect(page?.feedToken).toBe(calendarFeedToken(result.token));
		const row = await db.registrationToken.findUnique({ where: { tokenHash } });
		expect(row?.feedTokenHash).toBe(hashRegistrationToken(page!.feedToken));
		expect((await getPersonalFeed(page!.feedToken, TEST_ORIGIN))?.kind).toBe('calendar');
		// Opened again: the same answer.
		expect(await openPrivatePage(result.token, 'en')).toEqual(page);
	});

	it('lists the chosen sessions in programme order, in the reader’s language, without those given up', async () => {
		const { event, sessionIds } = await createTestEvent({ capacity: 5, sessionCapacities: [5, 5, 5] });
		const [first, second, third] = sessionIds as [number, number, number];
		const room = await db.room.create({
			data: {
				eventId: event.id,
				slug: 'main-hall',
				name: 'Main Hall',
				translations: JSON.stringify({ 'zh-hk': { name: '主會場' } })
			}
		});
		await db.session.update({
			where: { id: third },
			data: { roomId: room.id, translations: JSON.stringify({ 'zh-hk': { title: '第三節' } }) }
		});
		const result = await registered(`order-${event.id}`, event.id, [third, first, second]);
		const { id } = await db.registration.findUniqueOrThrow({ where: { reference: result.reference } });
		// Given up: still a row, cancelled, and no longer on the page.
		await updateSessionChoices(id, [first, third]);

		const page = await openPrivatePage(result.token, 'zh-hk');
		expect(page?.registration.sessions.map((choice) => choice.session.id)).toEqual([first, third]);
		const [, chosen] = page!.registration.sessions;
		expect(chosen?.status).toBe('confirmed');
		expect(chosen?.session).toMatchObject({ title: '第三節', langOf: {}, room: { name: '主會場' } });
		// Typed as Prisma reads the same rows: ids as numbers, times as the same instants.
		const stored = await db.session.findUniqueOrThrow({ where: { id: third } });
		expect(chosen?.session).toMatchObject({ id: third, startsAt: stored.startsAt, endsAt: stored.endsAt });
		expect(chosen?.session.startsAt).toBeInstanceOf(Date);
		expect(page?.registration.sessions[0]?.session).toMatchObject({
			title: 'Session 0',
			langOf: { title: 'en' },
			room: null
		});
	});

	it('shows a registration without sessions, and a waitlisted registrant their place', async () => {
		const { event } = await createTestEvent({ capacity: 1 });
		const seated = await registered(`seated-${event.id}`, event.id, []);
		const waiting = await registered(`waiting-${event.id}`, event.id, []);
		expect((await openPrivatePage(seated.token, 'en'))?.registration).toMatchObject({
			sessions: [],
			waitlistPosition: null
		});
		const waitingRow = await db.registration.findUniqueOrThrow({ where: { reference: waiting.reference } });
		expect((await openPrivatePage(waiting.token, 'en'))?.registration).toMatchObject({
			id: waitingRow.id,
			eventId: event.id,
			status: 'waitlisted',
			waitlistedAt: waitingRow.waitlistedAt,
			sessions: [],
			waitlistPosition: 1
		});
		expect(waitingRow.waitlistedAt).toBeInstanceOf(Date);
	});

	it('opens nothing for an unknown, a malformed or a feed token', async () => {
		expect(await openPrivatePage(generateRegistrationToken(), 'en')).toBeNull();
		expect(await openPrivatePage('not-a-token', 'en')).toBeNull();
		expect(await openPrivatePage(calendarFeedToken(generateRegistrationToken()), 'en')).toBeNull();
	});
});
