import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '../db';
import { register } from '../registration/register';
import { cancelRegistration } from '../registration/cancel';
import { attendee, createTestEvent, TEST_ORIGIN } from '../testing/fixtures';
import { startTestSmtpServer, type TestSmtpServer } from '../testing/smtp';
import { reconcileSeats } from '../registration/waitlist';
import { drainOutbox, retryDelayMs, setSiteBusy, startMailDrainer } from './outbox';
import { renderOutboxMail } from './render';
import { createMailSender, type MailSender } from './transport';
import { settings } from '../config';
import { calendarFeedToken } from '../registration/tokens';
import { getPersonalFeed } from '../calendar/personal';

let smtp: TestSmtpServer;

beforeAll(async () => {
	smtp = await startTestSmtpServer();
});
afterAll(async () => {
	await smtp.close();
});

/** Drains until nothing is due, as the background loop would. */
async function drainAll(now = new Date()) {
	const send = createMailSender({ ...settings().mail, smtpUrl: smtp.url });
	let total = 0;
	for (;;) {
		const { sent } = await drainOutbox(send, now);
		if (sent === 0) return total;
		total += sent;
	}
}

describe('mail through a real SMTP conversation', () => {
	it('sends the confirmation with the status, the sessions in HKT and the private link, then forgets the link', async () => {
		const { event, sessionIds } = await createTestEvent({ capacity: 1, sessionCapacities: [10] });
		const email = `mail-${event.id}@example.com`;
		const result = await register(
			event.id,
			attendee(`mail-${event.id}`, { email, sessionIds: sessionIds.slice(0, 1) })
		);
		expect(result.outcome).toBe('registered');
		if (result.outcome !== 'registered') return;

		expect(await drainAll()).toBeGreaterThanOrEqual(1);
		const mail = smtp.messages.find((message) => message.to && JSON.stringify(message.to).includes(email));
		expect(mail?.subject).toBe('Your registration: Test summit');
		expect(mail?.text).toContain('Your seat is confirmed.');
		expect(mail?.text).toContain(`Reference: ${result.reference}`);
		expect(mail?.text).toContain('09:00–10:00 HKT: Session 0 (Confirmed)');
		expect(mail?.text).toContain(`${TEST_ORIGIN}/my/${result.token}`);
		expect(mail?.html).toContain(`href="${TEST_ORIGIN}/my/${result.token}"`);
		// The calendar subscription, by the feed's read-only token, which the feed then knows.
		const feedToken = calendarFeedToken(result.token);
		expect(mail?.text).toContain(`${TEST_ORIGIN}/calendar/my/${feedToken}.ics`);
		expect(mail?.text).not.toContain(`/calendar/my/${result.token}`);
		expect((await getPersonalFeed(feedToken, TEST_ORIGIN))?.kind).toBe('calendar');
		// The chosen sessions ride along as a calendar file.
		const calendar = mail?.attachments.find((attachment) => attachment.contentType.startsWith('text/calendar'));
		expect(calendar?.content.toString('utf8')).toContain('SUMMARY:Session 0');

		const row = await db.outboxMail.findFirstOrThrow({
			where: { toAddress: email, kind: 'registration-confirmation' }
		});
		expect(row.sentAt).not.toBeNull();
		expect(row.payload).toBe('{}');
	});

	it("renders each mail of a batch (read together) with its own registrant's reference and sessions", async () => {
		const { event, sessionIds } = await createTestEvent({ capacity: 10, sessionCapacities: [10, 10, 10] });
		const people = await Promise.all(
			[0, 1, 2].map(async (n) => {
				const email = `batch-${n}-${event.id}@example.com`;
				const result = await register(
					event.id,
					attendee(`batch-${n}-${event.id}`, { email, sessionIds: [sessionIds[n]!] })
				);
				if (result.outcome !== 'registered') throw new Error(result.outcome);
				return { email, n, reference: result.reference };
			})
		);
		const { sent } = await drainOutbox(createMailSender({ ...settings().mail, smtpUrl: smtp.url }));
		expect(sent).toBeGreaterThanOrEqual(3);
		for (const { email, n, reference } of people) {
			const mail = smtp.messages.find((message) => JSON.stringify(message.to).includes(email));
			expect(mail?.text).toContain(`Reference: ${reference}`);
			expect(mail?.text).toContain(`Session ${n} (Confirmed)`);
			for (const other of [0, 1, 2].filter((m) => m !== n)) expect(mail?.text).not.toContain(`Session ${other} (`);
			expect(mail?.text).toContain(`batch-${n}-${event.id}`);
		}
	});

	it('tells the person promoted from the waitlist, exactly once', async () => {
		const { event } = await createTestEvent({ capacity: 1 });
		for (const n of [1, 2]) await register(event.id, attendee(`promoted-${event.id}-${n}`));
		await drainAll();
		const waiting = `attendee-promoted-${event.id}-2@example.com`;
		const waitlisted = smtp.messages.find((message) => JSON.stringify(message.to).includes(waiting));
		expect(waitlisted?.text).toContain('you are on the waitlist');

		const first = await db.registration.findFirstOrThrow({ where: { eventId: event.id, status: 'confirmed' } });
		await cancelRegistration(first.id);
		await drainAll();
		await drainAll();
		const promotions = smtp.messages.filter(
			(message) => JSON.stringify(message.to).includes(waiting) && message.subject?.startsWith('A seat is yours')
		);
		expect(promotions).toHaveLength(1);
		expect(promotions[0]?.text).toContain('Your registration is now confirmed.');
	});

	it('holds a confirmation until its session choices are decided, then shows the decision', async () => {
		const { event, sessionIds } = await createTestEvent({ capacity: 5, sessionCapacities: [1] });
		const [session] = sessionIds as [number];
		const email = `undecided-${event.id}@example.com`;
		const { sessionIds: _none, consent: _given, ...details } = attendee(`undecided-${event.id}`, { email });
		// What the first statement of a registration writes, as a request killed before it settled the choice leaves it.
		await db.event.update({
			where: { id: event.id },
			data: {
				confirmedCount: { increment: 1 },
				registrations: {
					create: {
						...details,
						reference: `UNDECIDED-${event.id}`,
						emailNormalised: email,
						consentedAt: new Date(),
						status: 'confirmed',
						confirmedAt: new Date(),
						sessions: { create: [{ sessionId: session }] },
						mails: {
							create: {
								kind: 'registration-confirmation',
								toAddress: email,
								payload: JSON.stringify({ token: 'a'.repeat(32) })
							}
						}
					}
				}
			}
		});
		const choice = () => db.registrationSession.findFirstOrThrow({ where: { sessionId: session } });
		const sentTo = () => smtp.messages.filter((message) => JSON.stringify(message.to).includes(email));

		await drainAll();
		expect(sentTo()).toHaveLength(0);
		// Rendering only reads: it decides no seat.
		const row = await db.outboxMail.findFirstOrThrow({ where: { toAddress: email } });
		expect((await renderOutboxMail(row))?.text).toContain('Session 0 (Being confirmed)');
		expect((await choice()).status).toBe('requested');

		await reconcileSeats(event.id, new Date(Date.now() + 11_000));
		expect((await choice()).status).toBe('confirmed');
		await drainAll();
		expect(sentTo()).toHaveLength(1);
		expect(sentTo()[0]?.text).toContain('09:00–10:00 HKT: Session 0 (Confirmed)');
	});

	it('does not hold the mail of someone waitlisted, whose choices wait for their seat', async () => {
		const { event, sessionIds } = await createTestEvent({ capacity: 1, sessionCapacities: [5] });
		await register(event.id, attendee(`seated-${event.id}`));
		const email = `waiting-${event.id}@example.com`;
		expect(await register(event.id, attendee(`waiting-${event.id}`, { email, sessionIds }))).toMatchObject({
			status: 'waitlisted'
		});
		await drainAll();
		const mail = smtp.messages.find((message) => JSON.stringify(message.to).includes(email));
		expect(mail?.text).toContain('you are on the waitlist');
		expect(mail?.text).toContain('Session 0 (Being confirmed)');
	});

	it('keeps a mail and retries it later while the SMTP server is down', async () => {
		const { event } = await createTestEvent({ capacity: 5 });
		const email = `retry-${event.id}@example.com`;
		await register(event.id, attendee(`retry-${event.id}`, { email }));
		const now = new Date();
		const down = createMailSender({ ...settings().mail, smtpUrl: 'smtp://127.0.0.1:1' });
		const failed = await drainOutbox(down, now);
		expect(failed.failed).toBeGreaterThanOrEqual(1);
		const row = await db.outboxMail.findFirstOrThrow({ where: { toAddress: email } });
		expect(row).toMatchObject({ sentAt: null, attempts: 1, lockedUntil: null });
		expect(row.nextAttemptAt.getTime()).toBeGreaterThan(now.getTime());
		expect(row.lastError).toMatch(/ECONNREFUSED|connect/);

		// Not due yet: nothing is sent; once due, it goes out.
		await drainAll(now);
		expect(smtp.messages.some((message) => JSON.stringify(message.to).includes(email))).toBe(false);
		await drainAll(new Date(now.getTime() + retryDelayMs(1) + 1000));
		expect(smtp.messages.filter((message) => JSON.stringify(message.to).includes(email))).toHaveLength(1);
	});

	it('sends each mail once when a slow batch outlasts its claim and another instance takes the rest over', async () => {
		await drainAll();
		const { event } = await createTestEvent({ capacity: 10 });
		const emails = [1, 2, 3, 4].map((n) => `slow-${event.id}-${n}@example.com`);
		for (const [n, email] of emails.entries()) await register(event.id, attendee(`slow-${event.id}-${n}`, { email }));
		const smtpSend = createMailSender({ ...settings().mail, smtpUrl: smtp.url });
		const startedAt = new Date();
		let tookOver = false;
		const slowInstance: MailSender = async (message) => {
			const delivery = await smtpSend(message);
			if (!tookOver) {
				tookOver = true;
				// This first send outlasted the claim: another instance, looking after it lapsed, takes the batch over.
				await drainOutbox(smtpSend, new Date(startedAt.getTime() + settings().mail.claimMs + 1));
			}
			return delivery;
		};
		await drainOutbox(slowInstance, startedAt);
		const sends = emails.map(
			(email) => smtp.messages.filter((message) => JSON.stringify(message.to).includes(email)).length
		);
		// The mail being sent when the claim lapsed may go twice (its send outlasted the claim); no other.
		expect(sends.slice(1)).toEqual([1, 1, 1]);
		expect(sends[0]).toBeGreaterThanOrEqual(1);
		expect(await db.outboxMail.count({ where: { toAddress: { in: emails }, sentAt: null } })).toBe(0);
	});

	it('keeps as many mails on their way as the sender has connections, each sent once, when the SMTP server is slow', async () => {
		await drainAll();
		const slow = await startTestSmtpServer({ answerAfterMs: 500 });
		try {
			const { event } = await createTestEvent({ capacity: 10 });
			const emails = [1, 2, 3, 4, 5, 6].map((n) => `lanes-${event.id}-${n}@example.com`);
			for (const [n, email] of emails.entries())
				await register(event.id, attendee(`lanes-${event.id}-${n}`, { email }));
			const send = createMailSender({ ...settings().mail, smtpUrl: slow.url, connections: 3 });
			const { sent } = await drainOutbox(send);
			send.close?.();
			expect(sent).toBeGreaterThanOrEqual(emails.length);
			expect(slow.mostAtOnce()).toBe(3);
			expect(
				emails.map((email) => slow.messages.filter((message) => JSON.stringify(message.to).includes(email)).length)
			).toEqual([1, 1, 1, 1, 1, 1]);
			expect(await db.outboxMail.count({ where: { toAddress: { in: emails }, sentAt: null } })).toBe(0);
		} finally {
			await slow.close();
		}
	});

	it('yields to a rush: one batch while the requests keep their thread busy, the rest once they do not', async () => {
		await drainAll();
		const { event } = await createTestEvent({ capacity: 40 });
		const emails = Array.from({ length: 30 }, (_, n) => `rush-${event.id}-${n}@example.com`);
		for (const [n, email] of emails.entries()) await register(event.id, attendee(`rush-${event.id}-${n}`, { email }));
		const sentTo = () =>
			emails.filter((email) => smtp.messages.some((message) => JSON.stringify(message.to).includes(email))).length;
		setSiteBusy(true);
		const stop = startMailDrainer({
			intervalMs: 50,
			send: createMailSender({ ...settings().mail, smtpUrl: smtp.url })
		});
		try {
			await new Promise((resolve) => setTimeout(resolve, 1_500));
			// One batch of 25 went at once; the next may go only seconds later.
			expect(sentTo()).toBe(25);
			setSiteBusy(false);
			for (let waited = 0; sentTo() < emails.length && waited < 5_000; waited += 50)
				await new Promise((resolve) => setTimeout(resolve, 50));
			expect(sentTo()).toBe(emails.length);
		} finally {
			setSiteBusy(false);
			await stop();
		}
	});

	it('backs off exponentially up to an hour', () => {
		expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([5_000, 10_000, 20_000, 40_000]);
		expect(retryDelayMs(30)).toBe(60 * 60_000);
	});

	it('drops the mails of an erased registration instead of sending them', async () => {
		const { event } = await createTestEvent({ capacity: 5 });
		await register(event.id, attendee(`erased-${event.id}`));
		const registration = await db.registration.findFirstOrThrow({ where: { eventId: event.id } });
		await db.registration.delete({ where: { id: registration.id } });
		const before = smtp.messages.length;
		const send = createMailSender({ ...settings().mail, smtpUrl: smtp.url });
		const result = await drainOutbox(send);
		expect(result.dropped).toBeGreaterThanOrEqual(1);
		expect(smtp.messages.length).toBe(before);
	});
});
