// The sending rate (MAIL_RATE_PER_MINUTE): a drain sends no more than the rate within any minute, counting
// what every instance sent, and a confirmation queued behind a large announcement still goes first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '../db';
import { settings } from '../config';
import { parseWith } from '../forms';
import { register } from '../registration/register';
import { announcementSchema, sendAnnouncement } from '../admin/announcements';
import { attendee, createTestEvent } from '../testing/fixtures';
import { startTestSmtpServer, type TestSmtpServer } from '../testing/smtp';
import { bulkSendTimes, drainOutbox } from './outbox';
import { createMailSender } from './transport';

let smtp: TestSmtpServer;
beforeAll(async () => {
	smtp = await startTestSmtpServer();
});
afterAll(async () => {
	await smtp.close();
});

const RATE = 5;
const actor = { id: null, email: 'rate-test@test.example', name: 'Rate test' };

/** Drains at the pinned instant until a drain sends nothing, as the loop would within that second. */
async function drainAt(at: Date, ratePerMinute = RATE) {
	const send = createMailSender({ ...settings().mail, smtpUrl: smtp.url });
	let sent = 0;
	for (let n = 0; n < 20; n++) {
		const result = await drainOutbox(send, at, { ratePerMinute });
		if (result.sent === 0 && result.dropped === 0) break;
		sent += result.sent;
	}
	return sent;
}

describe('the sending rate', () => {
	it('spaces bulk mail at the rate (one every 60 s / rate), and not at all without one', async () => {
		// Far ahead, so no bulk mail other tests queued is still waiting after it.
		const at = new Date('2100-01-01T00:00:00Z');
		const spaced = await bulkSendTimes(3, at, 120);
		expect(spaced.map((instant) => instant.getTime() - at.getTime())).toEqual([0, 500, 1000]);
		const unlimited = await bulkSendTimes(3, at, 0);
		expect(unlimited.map((instant) => instant.getTime() - at.getTime())).toEqual([0, 0, 0]);
	});

	it('sends at most the rate within a minute, confirmations first, the rest in the minutes after', async () => {
		const { event } = await createTestEvent({ capacity: null });
		for (let n = 0; n < 8; n++) await register(event.id, attendee(`rate-${event.id}-${n}`));
		// Their confirmations go first, so the announcement finds nothing else due.
		await drainAt(new Date('2031-01-01T00:00:00Z'), 0);
		const parsed = parseWith(announcementSchema, {
			subject: 'Rate limited',
			body: 'Hello.',
			audience: 'everyone',
			sendKey: crypto.randomUUID()
		});
		if (!parsed.ok) throw new Error('schema');
		const announced = await sendAnnouncement(actor, event.id, parsed.data);
		expect(announced).toMatchObject({ ok: true, recipients: 8 });
		// Someone registers after the announcement was queued: a later row, not bulk.
		const late = await register(event.id, attendee(`rate-${event.id}-late`));
		if (late.outcome !== 'registered') throw new Error(late.outcome);

		// Pinned minutes far from the real clock: nothing else was sent in them.
		const start = new Date('2032-01-01T00:00:00Z');
		expect(await drainAt(start)).toBe(RATE);
		const confirmation = await db.outboxMail.findFirstOrThrow({
			where: { toAddress: `attendee-rate-${event.id}-late@example.com`, kind: 'registration-confirmation' }
		});
		expect(confirmation.sentAt).not.toBeNull();
		expect(await drainAt(new Date(start.getTime() + 30_000))).toBe(0);
		const mine = { announcementId: announced.ok ? announced.announcementId : -1 };
		expect(await db.outboxMail.count({ where: { ...mine, sentAt: { not: null } } })).toBe(RATE - 1);

		expect(await drainAt(new Date(start.getTime() + 61_000))).toBe(8 - (RATE - 1));
		expect(await db.outboxMail.count({ where: { ...mine, sentAt: null } })).toBe(0);
	});

	it('counts a mail another instance holds right now against the rate', async () => {
		const { event } = await createTestEvent({ capacity: null });
		const at = new Date('2033-01-01T00:00:00Z');
		for (let n = 0; n < RATE + 2; n++) await register(event.id, attendee(`held-${event.id}-${n}`));
		// Another instance claimed two of them a moment ago and is sending them.
		const held = await db.outboxMail.findMany({
			where: { toAddress: { contains: `held-${event.id}-` } },
			take: 2,
			select: { id: true }
		});
		await db.outboxMail.updateMany({
			where: { id: { in: held.map(({ id }) => id) } },
			data: { lockedUntil: new Date(at.getTime() + 30_000) }
		});
		expect(await drainAt(at)).toBe(RATE - 2);
	});
});
