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
import { checkSettings, eventSettingsSchema } from '../admin/event-settings';
import { queueReminders, reminderInstant } from './reminders';

let smtp: TestSmtpServer;
beforeAll(async () => {
	smtp = await startTestSmtpServer();
});
afterAll(async () => {
	await smtp.close();
});

// The test summit starts on Monday 6 January 2020, 09:00 HKT (fixtures.ts); the reminder at the default
// 10:00 HKT the day before is 02:00 UTC on the 5th.
const REMINDER_AT = new Date('2020-01-05T02:00:00Z');
const minutes = (n: number) => new Date(REMINDER_AT.getTime() + n * 60_000);

/** Three confirmed (one with a session), one waitlisted, one cancelled. */
async function summit(settingsOverride: { isSampleProgramme?: boolean; reminderEnabled?: boolean } = {}) {
	const { event, sessionIds } = await createTestEvent({ capacity: 3, sessionCapacities: [null] });
	await db.event.update({
		where: { id: event.id },
		data: { venueMapUrl: 'https://maps.example/venue', venueDistrict: 'Wan Chai', ...settingsOverride }
	});
	const people = [];
	for (const name of ['a', 'b', 'c', 'd', 'e']) {
		const result = await register(
			event.id,
			attendee(`reminder-${name}-${event.id}`, { sessionIds: name === 'a' ? sessionIds : [] })
		);
		if (result.outcome !== 'registered') throw new Error(result.outcome);
		people.push(await db.registration.findUniqueOrThrow({ where: { reference: result.reference } }));
	}
	await cancelRegistration(people[3]!.id); // d was waitlisted: e stays waitlisted
	const confirmed = people.filter((person) => person.status === 'confirmed');
	expect(confirmed.map((person) => person.fullName)).toEqual(
		['a', 'b', 'c'].map((name) => `Attendee reminder-${name}-${event.id}`)
	);
	return { event, people, confirmed };
}

const reminderRows = (eventId: number) =>
	db.outboxMail.findMany({
		where: { kind: 'reminder', registration: { eventId } },
		orderBy: { registrationId: 'asc' },
		select: { registrationId: true, dedupeKey: true, toAddress: true }
	});

describe('the day-before reminder', () => {
	it('is due at the reminder time the day before, in the summit’s zone', () => {
		expect(
			reminderInstant({
				startsAt: new Date('2024-06-24T01:00:00Z'),
				timeZone: 'Asia/Hong_Kong',
				reminderTime: '10:00'
			})
		).toEqual(new Date('2024-06-23T02:00:00Z'));
		// 07:30 HKT on the 24th is still the 23rd in UTC: the day before is the 23rd in Hong Kong.
		expect(
			reminderInstant({
				startsAt: new Date('2024-06-23T23:30:00Z'),
				timeZone: 'Asia/Hong_Kong',
				reminderTime: '18:45'
			})
		).toEqual(new Date('2024-06-23T10:45:00Z'));
	});

	it('queues nothing before its time, then one per confirmed person, however often it runs', async () => {
		const { event, confirmed } = await summit();
		expect(await queueReminders(event.id, minutes(-1))).toBe(0);
		expect(await reminderRows(event.id)).toEqual([]);

		expect(await queueReminders(event.id, minutes(0))).toBe(3);
		expect(await queueReminders(event.id, minutes(1))).toBe(0);
		expect(await reminderRows(event.id)).toEqual(
			confirmed.map((person) => ({
				registrationId: person.id,
				dedupeKey: `reminder:${person.id}`,
				toAddress: person.email
			}))
		);
	});

	it('gives each person one reminder when two instances run it at once', async () => {
		const { event } = await summit();
		const queued = await Promise.all([queueReminders(event.id, minutes(5)), queueReminders(event.id, minutes(5))]);
		expect(queued[0] + queued[1]).toBe(3);
		expect(await reminderRows(event.id)).toHaveLength(3);
		const again = await Promise.all([queueReminders(event.id, minutes(6)), queueReminders(event.id, minutes(6))]);
		expect(again).toEqual([0, 0]);
	});

	it('reaches someone confirmed later that day, but nobody once the summit has started', async () => {
		const { event } = await summit();
		await queueReminders(event.id, minutes(0));
		await db.event.update({ where: { id: event.id }, data: { capacity: null } });
		const late = await register(event.id, attendee(`reminder-late-${event.id}`));
		if (late.outcome !== 'registered') throw new Error(late.outcome);
		expect(await queueReminders(event.id, event.startsAt)).toBe(0);
		expect(await queueReminders(event.id, new Date(event.startsAt.getTime() - 60_000))).toBe(1);
		expect(await reminderRows(event.id)).toHaveLength(4);
	});

	it('is not sent while the programme is the sample, nor when switched off', async () => {
		const sample = await summit({ isSampleProgramme: true });
		const off = await summit({ reminderEnabled: false });
		expect(await queueReminders(sample.event.id, minutes(10))).toBe(0);
		expect(await queueReminders(off.event.id, minutes(10))).toBe(0);
		expect(await reminderRows(sample.event.id)).toEqual([]);
		expect(await reminderRows(off.event.id)).toEqual([]);
	});

	it('carries the reference, the time in HKT, the venue with its map and the sessions as an .ics', async () => {
		const { event, confirmed } = await summit();
		await queueReminders(event.id, minutes(0));
		const send = createMailSender({ ...settings().mail, smtpUrl: smtp.url });
		while ((await drainOutbox(send, new Date(), { ratePerMinute: 0 })).sent > 0);
		const [a] = confirmed;
		const mails = smtp.messages.filter((mail) => JSON.stringify(mail.to).includes(a!.email));
		expect(mails.map((mail) => mail.subject)).toContain('Tomorrow: Test summit');
		const mail = mails.find((message) => message.subject === 'Tomorrow: Test summit')!;
		expect(mail.text).toContain(a!.reference);
		expect(mail.text).toContain('Monday 6 January 2020, 09:00');
		expect(mail.text).toContain('HKT');
		expect(mail.text).toMatch(/Where: Test venue\n\s*Hong Kong\n\s*Wan Chai/);
		expect(mail.text).toContain('https://maps.example/venue');
		expect(mail.html).toContain('href="https://maps.example/venue"');
		expect(mail.text).toContain('09:00–10:00 HKT: Session 0');
		const calendar = mail.attachments.find((part) => part.contentType.startsWith('text/calendar'));
		expect(calendar?.content.toString('utf8')).toContain('SUMMARY:Session 0');
		expect(
			await db.outboxMail.count({ where: { kind: 'reminder', registrationId: a!.id, sentAt: { not: null } } })
		).toBe(1);
	});

	it('is set on the event page: on or off and a time written HH:MM', () => {
		const form = (reminderTime: string) =>
			parseWith(eventSettingsSchema, {
				name: 'Summit',
				timeZone: 'Asia/Hong_Kong',
				startsAt: '2024-06-24T09:00',
				endsAt: '2024-06-24T18:00',
				venueName: 'Venue',
				reminderEnabled: 'on',
				reminderTime
			});
		const good = form('08:15');
		expect(good.ok && checkSettings(good.data)).toMatchObject({
			ok: true,
			settings: { reminderEnabled: true, reminderTime: '08:15' }
		});
		for (const bad of ['8:15', '24:00', '10:60', 'ten', ''])
			expect(form(bad)).toEqual({ ok: false, problems: { reminderTime: { code: 'invalid' } } });
	});
});
