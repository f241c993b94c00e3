import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '../db';
import { settings } from '../config';
import { parseWith } from '../forms';
import { register } from '../registration/register';
import { cancelRegistration } from '../registration/cancel';
import { attendee, createTestEvent } from '../testing/fixtures';
import { startTestSmtpServer, type TestSmtpServer } from '../testing/smtp';
import { drainOutbox } from '../mail/outbox';
import { createMailSender } from '../mail/transport';
import { fieldErrors } from '$lib/i18n/form-errors';
import { announcementWords } from '$lib/i18n/form-words';
import {
	announcementSchema,
	getAnnouncement,
	listAnnouncements,
	previewAnnouncement,
	sendAnnouncement,
	type AnnouncementInput
} from './announcements';

const actor = { id: null, email: 'announcements-test@test.example', ip: '192.0.2.13', name: 'Ada Admin' };

let smtp: TestSmtpServer;
beforeAll(async () => {
	smtp = await startTestSmtpServer();
});
afterAll(async () => {
	await smtp.close();
});

function input(overrides: Record<string, unknown>): AnnouncementInput {
	const parsed = parseWith(announcementSchema, {
		subject: 'Doors open at 08:30',
		body: 'Please come early.\n\nSee the [agenda](https://summit.test/agenda). <script>alert(1)</script>',
		audience: 'confirmed',
		sendKey: crypto.randomUUID(),
		...overrides
	});
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
	return parsed.data;
}

/**
 * Six people: A and B confirmed with session 0 (A wants news), C confirmed with session 1 only, F
 * confirmed who dropped session 0, D waitlisted then cancelled (had session 0), E waitlisted with session 0.
 */
async function audienceFixture() {
	const { event, sessionIds } = await createTestEvent({ capacity: 4, sessionCapacities: [null, null] });
	const [first, second] = sessionIds as [number, number];
	const person = async (name: string, sessions: number[], newsOptIn = false) => {
		const result = await register(event.id, attendee(`${name}-${event.id}`, { sessionIds: sessions, newsOptIn }));
		if (result.outcome !== 'registered') throw new Error(result.outcome);
		return db.registration.findUniqueOrThrow({ where: { reference: result.reference } });
	};
	const a = await person('a', [first], true);
	const b = await person('b', [first]);
	const c = await person('c', [second], true);
	const f = await person('f', [first]);
	await db.registrationSession.update({
		where: { registrationId_sessionId: { registrationId: f.id, sessionId: first } },
		data: { status: 'cancelled' }
	});
	const d = await person('d', [first], true);
	await cancelRegistration(d.id);
	const e = await person('e', [first]);
	await db.registration.update({ where: { id: b.id }, data: { checkedInAt: new Date() } });
	return { event, first, second, people: { a, b, c, d, e, f } };
}

async function queuedTo(announcementId: number) {
	const rows = await db.outboxMail.findMany({
		where: { announcementId },
		orderBy: { nextAttemptAt: 'asc' },
		select: { toAddress: true, kind: true, dedupeKey: true, registrationId: true, nextAttemptAt: true }
	});
	return rows;
}

describe('announcements', () => {
	it('to one session’s attendees queues exactly those not cancelled who hold the session, one mail each', async () => {
		const { event, first, people } = await audienceFixture();
		const statuses = Object.fromEntries(
			await Promise.all(
				Object.entries(people).map(async ([name, { id }]) => [
					name,
					(await db.registration.findUniqueOrThrow({ where: { id } })).status
				])
			)
		);
		expect(statuses).toEqual({
			a: 'confirmed',
			b: 'confirmed',
			c: 'confirmed',
			f: 'confirmed',
			d: 'cancelled',
			e: 'waitlisted'
		});

		const toSession = input({ audience: 'session', sessionId: String(first) });
		expect(await previewAnnouncement(event.id, toSession)).toEqual({ ok: true, recipients: 3 });
		const sent = await sendAnnouncement(actor, event.id, toSession);
		expect(sent).toEqual({ ok: true, announcementId: expect.any(Number), recipients: 3 });
		if (!sent.ok) return;
		const rows = await queuedTo(sent.announcementId);
		expect(rows.map((row) => row.toAddress).sort()).toEqual([people.a.email, people.b.email, people.e.email].sort());
		for (const row of rows) {
			expect(row.kind).toBe('announcement');
			expect(row.dedupeKey).toBe(`announcement:${toSession.sendKey}:${row.registrationId}`);
		}
		// No sending rate set (MAIL_RATE_PER_MINUTE=0): all due at once. With one, bulkSendTimes spaces them (below).
		expect(new Set(rows.map((row) => row.nextAttemptAt.getTime())).size).toBe(1);

		const audit = await db.auditEntry.findFirstOrThrow({
			where: { action: 'announcement.send', entityId: toSession.sendKey }
		});
		expect(JSON.parse(audit.changes)).toMatchObject({ audience: 'session', session: 'Session 0', recipients: 3 });

		// The same Send again (a double click): nothing more.
		expect(await sendAnnouncement(actor, event.id, toSession)).toEqual({
			ok: true,
			announcementId: sent.announcementId,
			recipients: 3,
			again: true
		});
		expect(await db.outboxMail.count({ where: { announcementId: sent.announcementId } })).toBe(3);
		expect(await db.announcement.count({ where: { eventId: event.id } })).toBe(1);
	});

	it('sends news only to those who asked for it, and each audience to its people', async () => {
		const { event, first, people } = await audienceFixture();
		const recipients = async (overrides: Record<string, unknown>) => {
			const sent = await sendAnnouncement(actor, event.id, input(overrides));
			if (!sent.ok) return sent.problems;
			return (await queuedTo(sent.announcementId)).map((row) => row.toAddress).sort();
		};
		const emails = (...names: (keyof typeof people)[]) => names.map((name) => people[name].email).sort();
		expect(await recipients({ audience: 'session', sessionId: String(first), isNews: 'on' })).toEqual(emails('a'));
		expect(await recipients({ audience: 'confirmed' })).toEqual(emails('a', 'b', 'c', 'f'));
		expect(await recipients({ audience: 'confirmed', isNews: 'on' })).toEqual(emails('a', 'c'));
		expect(await recipients({ audience: 'waitlisted' })).toEqual(emails('e'));
		expect(await recipients({ audience: 'checked-in' })).toEqual(emails('b'));
		expect(await recipients({ audience: 'everyone' })).toEqual(emails('a', 'b', 'c', 'e', 'f'));
		expect(await recipients({ audience: 'waitlisted', isNews: 'on' })).toEqual({
			audience: { code: 'no-recipients' }
		});
	});

	it('refuses with words for each field: no subject, no session, a session of another edition, no preview', async () => {
		const { event } = await audienceFixture();
		const other = await createTestEvent({ capacity: null, sessionCapacities: [null] });
		const blank = parseWith(announcementSchema, { subject: ' ', body: '', audience: 'session' });
		expect(blank.ok).toBe(false);
		if (blank.ok) return;
		expect(fieldErrors(blank.problems, announcementWords)).toEqual({
			subject: 'Enter a subject',
			body: 'Enter the message',
			sessionId: 'Choose the session'
		});
		const elsewhere = input({ audience: 'session', sessionId: String(other.sessionIds[0]) });
		expect(await previewAnnouncement(event.id, elsewhere)).toEqual({
			ok: false,
			problems: { sessionId: { code: 'invalid' } }
		});
		expect(await sendAnnouncement(actor, event.id, elsewhere)).toEqual({
			ok: false,
			problems: { sessionId: { code: 'invalid' } }
		});
		expect(await sendAnnouncement(actor, event.id, input({ sendKey: '' }))).toEqual({
			ok: false,
			problems: { sendKey: { code: 'stale' } }
		});
		expect(await db.announcement.count({ where: { eventId: event.id } })).toBe(0);
	});

	it('goes out through SMTP as text and escaped HTML, and the page counts sent and dropped mails', async () => {
		const { event, first, people } = await audienceFixture();
		const sent = await sendAnnouncement(actor, event.id, input({ audience: 'session', sessionId: String(first) }));
		if (!sent.ok) throw new Error('not sent');
		expect((await getAnnouncement(event.id, sent.announcementId))?.mails).toEqual({
			queued: 3,
			sent: 0,
			failed: 0,
			dropped: 0
		});
		// B cancels before the mail goes: theirs is dropped, not sent.
		await cancelRegistration(people.b.id);
		const send = createMailSender({ ...settings().mail, smtpUrl: smtp.url });
		const later = new Date(Date.now() + 600_000);
		while ((await drainOutbox(send, later, { ratePerMinute: 0 })).sent > 0);

		const [listed] = await listAnnouncements(event.id);
		expect(listed).toMatchObject({
			id: sent.announcementId,
			subject: 'Doors open at 08:30',
			audience: 'session',
			sentBy: 'Ada Admin',
			session: { title: 'Session 0' },
			mails: { queued: 0, sent: 2, failed: 0, dropped: 1 }
		});
		const received = smtp.messages.filter((mail) => mail.subject === 'Doors open at 08:30');
		const to = (mail: (typeof received)[number]) =>
			[mail.to].flat().flatMap((address) => address?.value.map((value) => value.address) ?? []);
		const mine = received.filter((mail) =>
			to(mail).some((address) => [people.a.email, people.b.email, people.e.email].includes(address!))
		);
		expect(mine.flatMap(to).sort()).toEqual([people.a.email, people.e.email].sort());
		const mail = mine.find((message) => to(message).includes(people.a.email))!;
		expect(mail.text).toContain(`Dear ${people.a.fullName},`);
		expect(mail.text).toContain('Please come early.');
		expect(mail.text).toContain('agenda\nhttps://summit.test/agenda');
		expect(mail.text).toContain('You receive this because you registered for Test summit.');
		expect(mail.html).toMatch(/<a href="https:\/\/summit\.test\/agenda"[^>]*>/);
		expect(mail.html).not.toContain('<script');
		expect(mail.text).not.toContain('alert(1)');
	});

	it('counts a mail the SMTP server did not take as failed until a retry sends it', async () => {
		const { event, people } = await audienceFixture();
		const sent = await sendAnnouncement(actor, event.id, input({ audience: 'waitlisted' }));
		if (!sent.ok) throw new Error('not sent');
		const later = new Date(Date.now() + 600_000);
		// Nothing listens on port 1: the connection is refused, the error kept, the mail retried later.
		const down = createMailSender({ ...settings().mail, smtpUrl: 'smtp://127.0.0.1:1' });
		await drainOutbox(down, later, { ratePerMinute: 0 });
		expect((await getAnnouncement(event.id, sent.announcementId))?.mails).toEqual({
			queued: 0,
			sent: 0,
			failed: 1,
			dropped: 0
		});
		const up = createMailSender({ ...settings().mail, smtpUrl: smtp.url });
		const retry = new Date(later.getTime() + 3_600_000);
		while ((await drainOutbox(up, retry, { ratePerMinute: 0 })).sent > 0);
		expect((await getAnnouncement(event.id, sent.announcementId))?.mails).toEqual({
			queued: 0,
			sent: 1,
			failed: 0,
			dropped: 0
		});
		expect(smtp.messages.some((mail) => JSON.stringify(mail.to).includes(people.e.email))).toBe(true);
	});
});
