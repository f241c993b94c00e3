import { describe, expect, it } from 'vitest';
import { db } from '../db';
import { attendee, createTestEvent } from '../testing/fixtures';
import { LINK_MAIL_INTERVAL_MS, register } from './register';

describe('registering again with the same email', () => {
	it('mails the link at most once per five minutes, answers the same every time, and creates nothing', async () => {
		const { event } = await createTestEvent({ capacity: 10 });
		const email = `repeat-${event.id}@example.com`;
		const start = new Date();
		const at = (ms: number) => ({ now: new Date(start.getTime() + ms) });
		expect(await register(event.id, attendee(`repeat-${event.id}`, { email }), at(0))).toMatchObject({
			outcome: 'registered'
		});
		const linkMails = () =>
			db.outboxMail.count({ where: { kind: 'registration-link', registration: { eventId: event.id } } });
		const links = () => db.registrationToken.count({ where: { registration: { eventId: event.id } } });

		const answers = [];
		for (const ms of [1_000, 60_000, LINK_MAIL_INTERVAL_MS])
			answers.push(await register(event.id, attendee(`again-${ms}`, { email }), at(ms)));
		expect(answers).toEqual([
			{ outcome: 'already-registered' },
			{ outcome: 'already-registered' },
			{ outcome: 'already-registered' }
		]);
		expect(LINK_MAIL_INTERVAL_MS).toBe(5 * 60_000);
		expect(await linkMails()).toBe(1);
		expect(await links()).toBe(2);

		// Five minutes after the link went out, one more.
		expect(await register(event.id, attendee('later', { email }), at(1_000 + LINK_MAIL_INTERVAL_MS))).toEqual({
			outcome: 'already-registered'
		});
		expect(await linkMails()).toBe(2);
		expect(await links()).toBe(3);
		expect(await db.registration.count({ where: { eventId: event.id } })).toBe(1);
	});

	it('queues one link mail when the same address is posted many times at once', async () => {
		const { event } = await createTestEvent({ capacity: 10 });
		const email = `burst-${event.id}@example.com`;
		await register(event.id, attendee(`burst-${event.id}`, { email }));
		const answers = await Promise.all(
			Array.from({ length: 20 }, (_, n) =>
				register(event.id, attendee(`burst-${n}`, { email: n % 2 ? email.toUpperCase() : email }))
			)
		);
		expect(answers.every((answer) => answer.outcome === 'already-registered')).toBe(true);
		expect(
			await db.outboxMail.count({ where: { kind: 'registration-link', registration: { eventId: event.id } } })
		).toBe(1);
		expect(await db.registration.count({ where: { eventId: event.id } })).toBe(1);
	});
});

describe('registering with sessions that cannot be chosen', () => {
	it('refuses a cancelled session or another event’s, and writes nothing', async () => {
		const { event, sessionIds } = await createTestEvent({ capacity: 10, sessionCapacities: [null, null] });
		const [open, cancelled] = sessionIds as [number, number];
		const [elsewhere] = (await createTestEvent({ capacity: 10, sessionCapacities: [null] })).sessionIds as [number];
		await db.session.update({ where: { id: cancelled }, data: { status: 'cancelled' } });

		for (const chosen of [
			[open, cancelled],
			[open, elsewhere]
		]) {
			expect(await register(event.id, attendee(`chooser-${chosen.join('-')}`, { sessionIds: chosen }))).toEqual({
				outcome: 'not-choosable'
			});
		}
		expect(await db.registration.count({ where: { eventId: event.id } })).toBe(0);
		expect(await register(event.id, attendee(`chooser-${event.id}`, { sessionIds: [open] }))).toMatchObject({
			outcome: 'registered'
		});
	});
});

describe('the registration window', () => {
	it('refuses before it opens and after the summit ends, and writes nothing', async () => {
		const { event } = await createTestEvent({ capacity: 10 });
		await db.event.update({
			where: { id: event.id },
			data: { registrationOpensAt: new Date('2030-01-01T00:00:00Z'), endsAt: new Date('2030-02-01T00:00:00Z') }
		});
		const before = { now: new Date('2029-12-31T23:59:00Z') };
		const after = { now: new Date('2030-02-01T00:00:00Z') };
		expect(await register(event.id, attendee(`early-${event.id}`), before)).toEqual({ outcome: 'not-open' });
		expect(await register(event.id, attendee(`late-${event.id}`), after)).toEqual({ outcome: 'closed' });
		expect(await db.registration.count({ where: { eventId: event.id } })).toBe(0);
		expect(await db.event.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({ confirmedCount: 0 });
		expect(
			await register(event.id, attendee(`during-${event.id}`), { now: new Date('2030-01-15T00:00:00Z') })
		).toMatchObject({ outcome: 'registered', status: 'confirmed' });
	});
});

describe('what a new registration stores', () => {
	it('keeps its instants exactly, whatever the zone of the process, and the seats it took', async () => {
		// The hot path writes SQL of its own on both databases; Prisma must read back what it wrote.
		const { event, sessionIds } = await createTestEvent({ capacity: 1, sessionCapacities: [null, 0] });
		const [open, full] = sessionIds as [number, number];
		const now = new Date('2024-06-01T02:03:04.567Z');
		// A process far from UTC (Node applies a new TZ at once), so a zone slipping into a write shows.
		const zone = process.env.TZ;
		process.env.TZ = 'America/New_York';
		let first, second;
		try {
			first = await register(event.id, attendee(`instants-${event.id}`, { sessionIds: [open, full] }), { now });
			second = await register(event.id, attendee(`instants-late-${event.id}`, { sessionIds: [open] }), { now });
		} finally {
			if (zone === undefined) delete process.env.TZ;
			else process.env.TZ = zone;
		}
		expect([first.outcome, second.outcome]).toEqual(['registered', 'registered']);

		const stored = await db.registration.findMany({
			where: { eventId: event.id },
			orderBy: { id: 'asc' },
			select: {
				status: true,
				consentedAt: true,
				confirmedAt: true,
				waitlistedAt: true,
				createdAt: true,
				sessions: { orderBy: { sessionId: 'asc' }, select: { sessionId: true, status: true, waitlistedAt: true } },
				tokens: { select: { createdAt: true } },
				mails: { select: { kind: true, nextAttemptAt: true } }
			}
		});
		expect(
			stored.map(({ status, consentedAt, confirmedAt, waitlistedAt }) => ({
				status,
				consentedAt,
				confirmedAt,
				waitlistedAt
			}))
		).toEqual([
			{ status: 'confirmed', consentedAt: now, confirmedAt: now, waitlistedAt: null },
			{ status: 'waitlisted', consentedAt: now, confirmedAt: null, waitlistedAt: now }
		]);
		expect(stored[0]!.sessions).toEqual([
			{ sessionId: open, status: 'confirmed', waitlistedAt: null },
			{ sessionId: full, status: 'waitlisted', waitlistedAt: now }
		]);
		expect(stored[1]!.sessions).toEqual([{ sessionId: open, status: 'requested', waitlistedAt: null }]);
		// Written at the real time: within a minute of this test, not hours off by a zone.
		for (const registration of stored) {
			for (const at of [
				registration.createdAt,
				registration.tokens[0]!.createdAt,
				registration.mails[0]!.nextAttemptAt
			])
				expect(Math.abs(at.getTime() - Date.now())).toBeLessThan(60_000);
		}
	});
});
