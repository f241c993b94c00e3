import { execFile, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParsedMail } from 'mailparser';
import { db } from '../db';
import { register } from '../registration/register';
import { cancelRegistration } from '../registration/cancel';
import { updateSessionChoices } from '../registration/self-service';
import { sessionSchema, setSessionStatus, updateSession } from '../admin/sessions';
import { parseWith } from '../forms';
import { drainOutbox } from '../mail/outbox';
import { renderOutboxMail } from '../mail/render';
import { createMailSender } from '../mail/transport';
import { settings } from '../config';
import { registrationCalendarAttachment } from '../calendar/personal';
import { attendee, createTestEvent, TEST_ORIGIN } from '../testing/fixtures';
import { icsAttachmentText, parseCalendar } from '../testing/ical';
import { startTestSmtpServer, type TestSmtpServer } from '../testing/smtp';
import { listReleases, nextVersion, pendingChanges, releaseSchedule } from './release';

const actor = { id: null, email: 'releases-test@test.example', ip: '192.0.2.30' };
const run = promisify(execFile);
/** khal (a calendar app for the terminal) is installed where CI runs; elsewhere its check is skipped. */
const khalOnPath = spawnSync('khal', ['--version']).status === 0;
/** Ada's confirmation and her notice, as attached: the files khal imports. */
const imported = { confirmation: '', notice: '' };

let smtp: TestSmtpServer;
beforeAll(async () => {
	smtp = await startTestSmtpServer();
});
afterAll(async () => {
	await smtp.close();
});

async function drainAll() {
	const send = createMailSender({ ...settings().mail, smtpUrl: smtp.url });
	while ((await drainOutbox(send)).sent > 0);
	send.close?.();
}

const mailsTo = (email: string) => smtp.messages.filter((message) => JSON.stringify(message.to).includes(email));

function icsOf(message: ParsedMail): string {
	const part = message.attachments.find((attachment) => attachment.contentType.startsWith('text/calendar'));
	if (!part) throw new Error(`no calendar attached to “${message.subject}”`);
	return part.content.toString('utf8');
}

async function person(eventId: number, name: string, sessionIds: number[]) {
	const email = `${name}-${eventId}@releases-test.example`;
	const result = await register(eventId, attendee(email, { email, fullName: name, sessionIds }));
	if (result.outcome !== 'registered') throw new Error(result.outcome);
	return { email, id: result.registrationId, status: result.status };
}

/** The test event's session at a new wall-clock time in Hong Kong, as the session form posts it. */
function moved(session: { title: string; kind: string }, startsAt: string, endsAt: string) {
	const parsed = parseWith(sessionSchema, { title: session.title, kind: session.kind, startsAt, endsAt });
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
	return parsed.data;
}

describe('suggesting the next version', () => {
	it('counts the minor up, and starts at 1.0', () => {
		expect(nextVersion(null)).toBe('1.0');
		expect(nextVersion('1.0')).toBe('1.1');
		expect(nextVersion('1.9')).toBe('1.10');
		expect(nextVersion('2')).toBe('3');
		expect(nextVersion('June final')).toBe('');
	});
});

describe('releasing the programme', () => {
	it('records a move and a cancellation, and tells each affected person once, with an .ics that updates their import', async () => {
		// Three seats: one person waits for the summit; the fourth session is never touched.
		const { event, sessionIds } = await createTestEvent({ capacity: 3, sessionCapacities: [null, null, null] });
		const [keynote, panel, other] = sessionIds as [number, number, number];

		// Before any release the programme is all new: releasing it tells nobody.
		const first = await releaseSchedule(actor, event, { version: '1.0', note: '' });
		expect(first).toMatchObject({ ok: true, changes: 3, notices: 0 });
		expect(await pendingChanges(event.id)).toMatchObject({ changes: [], suggestedVersion: '1.1' });
		expect(await releaseSchedule(actor, event, { version: '1.1', note: '' })).toEqual({
			ok: false,
			status: 400,
			problems: { form: { code: 'nothing-to-release' } }
		});

		const ada = await person(event.id, 'ada', [keynote, panel]);
		const cy = await person(event.id, 'cy', [other]);
		const gave = await person(event.id, 'gave-up', [keynote]);
		await updateSessionChoices(gave.id, []);
		const wait = await person(event.id, 'wait', [panel]);
		const gone = await person(event.id, 'gone', [keynote]);
		await cancelRegistration(gone.id);
		expect([ada.status, cy.status, gave.status, wait.status]).toEqual([
			'confirmed',
			'confirmed',
			'confirmed',
			'waitlisted'
		]);

		await drainAll();
		const confirmation = parseCalendar(icsOf(mailsTo(ada.email)[0]!));
		const waitConfirmation = parseCalendar(icsOf(mailsTo(wait.email)[0]!));
		const uid = (id: number) => `session-${id}@${event.slug}`;
		const before = confirmation.events.find((e) => e.uid === uid(keynote))!;
		expect(before.start.toISOString()).toBe('2020-01-06T01:00:00.000Z');

		// The editor moves the keynote to 15:00 HKT and cancels the panel: nobody is mailed per edit.
		const keynoteRow = await db.session.findUniqueOrThrow({ where: { id: keynote } });
		const saved = await updateSession(actor, event, keynote, moved(keynoteRow, '2020-01-06T15:00', '2020-01-06T16:00'));
		expect(saved.ok).toBe(true);
		await setSessionStatus(actor, event.id, panel, 'cancelled');
		const emails = [ada, cy, gave, wait, gone].map((p) => p.email);
		const queued = () => db.outboxMail.findMany({ where: { toAddress: { in: emails }, sentAt: null } });
		expect(await queued()).toEqual([]);

		const pending = await pendingChanges(event.id);
		expect(pending.changes.map((c) => [c.kind, c.session.id])).toEqual([
			['cancelled', panel],
			['moved', keynote]
		]);

		const released = await releaseSchedule(actor, event, { version: '1.1', note: 'Keynote moved to 15:00' });
		expect(released).toMatchObject({ ok: true, release: { sequence: 2, version: '1.1' }, changes: 2, notices: 2 });
		const notices = await queued();
		expect(notices.map((mail) => [mail.kind, mail.toAddress]).sort()).toEqual([
			['schedule-change', ada.email],
			['schedule-change', wait.email]
		]);

		const [latest] = await listReleases(event.id);
		expect(latest).toMatchObject({ version: '1.1', note: 'Keynote moved to 15:00', notices: { queued: 2, sent: 0 } });
		expect(latest!.changes.map((c) => c.kind)).toEqual(['cancelled', 'moved']);

		await drainAll();
		expect(mailsTo(ada.email).map((mail) => mail.subject)).toEqual([
			'Your registration: Test summit',
			'Programme change: Test summit'
		]);
		expect(mailsTo(cy.email)).toHaveLength(1);
		expect(mailsTo(gave.email)).toHaveLength(1);
		expect(mailsTo(gone.email)).toHaveLength(1);
		expect(mailsTo(wait.email)).toHaveLength(2);
		expect((await listReleases(event.id))[0]!.notices).toEqual({ queued: 2, sent: 2 });

		const notice = mailsTo(ada.email)[1]!;
		expect(notice.text).toContain('Moved: “Session 0”, from Mon 6 Jan 09:00–10:00 HKT to Mon 6 Jan 15:00–16:00 HKT.');
		expect(notice.text).toContain('Cancelled: “Session 1” (Mon 6 Jan 10:00–11:00 HKT).');
		expect(notice.text).toContain('Keynote moved to 15:00');
		expect(notice.text).toContain(`${TEST_ORIGIN}/agenda/changes`);
		expect(notice.text).toContain(`${TEST_ORIGIN}/agenda/session-0`);
		expect(notice.text).toContain('An updated calendar file with your sessions is attached');
		// The waitlisted person hears only of their own session.
		expect(mailsTo(wait.email)[1]!.text).not.toContain('Session 0');

		// ical.js sees the same events replaced: same UID, higher SEQUENCE, the new time or CANCELLED.
		const updated = parseCalendar(icsOf(notice));
		expect(updated.method).toBe('PUBLISH');
		const after = updated.events.find((e) => e.uid === uid(keynote))!;
		expect(after.sequence).toBeGreaterThan(before.sequence);
		expect(after.start.toISOString()).toBe('2020-01-06T07:00:00.000Z');
		const panelBefore = confirmation.events.find((e) => e.uid === uid(panel))!;
		const panelAfter = updated.events.find((e) => e.uid === uid(panel))!;
		expect([panelBefore.status, panelAfter.status]).toEqual(['CONFIRMED', 'CANCELLED']);
		expect(panelAfter.sequence).toBeGreaterThan(panelBefore.sequence);
		const waitAfter = parseCalendar(icsOf(mailsTo(wait.email)[1]!)).events;
		expect(waitAfter.map((e) => [e.uid, e.status, e.summary])).toEqual([
			[uid(panel), 'CANCELLED', 'Cancelled: Session 1 (waitlist)']
		]);
		expect(waitAfter[0]!.sequence).toBeGreaterThan(waitConfirmation.events[0]!.sequence);

		imported.confirmation = icsOf(mailsTo(ada.email)[0]!);
		imported.notice = icsOf(notice);
	});

	it.skipIf(!khalOnPath)('khal replaces the imported keynote with the moved one, not a second copy', async () => {
		expect(imported.notice).toContain('BEGIN:VCALENDAR');
		const folder = await mkdtemp(join(tmpdir(), 'summit-khal-'));
		try {
			await writeFile(
				join(folder, 'config'),
				[
					'[calendars]',
					'[[mine]]',
					`path = ${join(folder, 'calendar')}`,
					'type = calendar',
					'[locale]',
					'timeformat = %H:%M',
					'dateformat = %Y-%m-%d',
					'longdateformat = %Y-%m-%d',
					'datetimeformat = %Y-%m-%d %H:%M',
					'longdatetimeformat = %Y-%m-%d %H:%M',
					'local_timezone = Asia/Hong_Kong',
					'default_timezone = Asia/Hong_Kong',
					'[sqlite]',
					`path = ${join(folder, 'khal.db')}`,
					''
				].join('\n')
			);
			const khal = (...args: string[]) => run('khal', ['-c', join(folder, 'config'), ...args]);
			const list = async () =>
				(await khal('list', '--format', '{start} {title}', '2020-01-06', '2d')).stdout
					.split('\n')
					.filter((line) => line.includes('Session 0'));
			await writeFile(join(folder, 'confirmation.ics'), imported.confirmation);
			await khal('import', '--batch', '-a', 'mine', join(folder, 'confirmation.ics'));
			expect(await list()).toEqual(['2020-01-06 09:00 Session 0']);
			await writeFile(join(folder, 'notice.ics'), imported.notice);
			await khal('import', '--batch', '-a', 'mine', join(folder, 'notice.ics'));
			expect(await list()).toEqual(['2020-01-06 15:00 Session 0']);
		} finally {
			await rm(folder, { recursive: true, force: true });
		}
	});

	it('a promotion mail carries the .ics whose seat is confirmed, one SEQUENCE above the waitlisted copy', async () => {
		const { event, sessionIds } = await createTestEvent({ capacity: 1, sessionCapacities: [null] });
		const first = await person(event.id, 'first', sessionIds);
		const waiting = await person(event.id, 'waiting', sessionIds);
		const waitlisted = await registrationCalendarAttachment(waiting.id, { origin: TEST_ORIGIN });
		await cancelRegistration(first.id);
		const promotion = await db.outboxMail.findFirstOrThrow({
			where: { registrationId: waiting.id, kind: 'waitlist-promotion' }
		});
		const message = await renderOutboxMail(promotion);
		const [before] = parseCalendar(waitlisted!.content).events;
		const [after] = parseCalendar(icsAttachmentText(message)).events;
		expect([before!.summary, after!.summary]).toEqual(['Session 0 (waitlist)', 'Session 0']);
		expect(after!.uid).toBe(before!.uid);
		expect(after!.sequence).toBe(before!.sequence + 1);
		await db.outboxMail.deleteMany({ where: { registrationId: { in: [first.id, waiting.id] } } });
	});

	it('two releases at once: one is recorded with its notices, the other is refused', async () => {
		const { event, sessionIds } = await createTestEvent({ capacity: null, sessionCapacities: [null] });
		await releaseSchedule(actor, event, { version: '1.0', note: '' });
		const someone = await person(event.id, 'both', sessionIds);
		await setSessionStatus(actor, event.id, sessionIds[0]!, 'cancelled');
		const results = await Promise.all([
			releaseSchedule(actor, event, { version: '1.1', note: 'One' }),
			releaseSchedule(actor, event, { version: '1.1-b', note: 'Two' })
		]);
		expect(results.filter((r) => r.ok)).toHaveLength(1);
		expect(results.find((r) => !r.ok)).toEqual({
			ok: false,
			status: 409,
			problems: { form: { code: 'released-meanwhile' } }
		});
		expect(await db.scheduleRelease.count({ where: { eventId: event.id } })).toBe(2);
		expect(await db.outboxMail.count({ where: { registrationId: someone.id, kind: 'schedule-change' } })).toBe(1);
		// A page showing the changes since 1.0 posts what it expected to create: it is out of date now.
		expect(await releaseSchedule(actor, event, { version: '1.2', note: '' }, { expectedSequence: 2 })).toMatchObject({
			ok: false,
			problems: { form: { code: 'released-meanwhile' } }
		});
		// A version is used once per edition.
		await setSessionStatus(actor, event.id, sessionIds[0]!, 'scheduled');
		const winner = results.find((r) => r.ok)!;
		expect(await releaseSchedule(actor, event, { version: winner.ok ? winner.release.version : '', note: '' })).toEqual(
			{ ok: false, status: 400, problems: { version: { code: 'taken' } } }
		);
		await db.outboxMail.deleteMany({ where: { registrationId: someone.id } });
	});
});
