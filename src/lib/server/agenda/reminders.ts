// The reminder the day before the summit: at Event.reminderTime (wall-clock, the summit's zone) on the day
// before it starts, every confirmed attendee gets one mail, until the summit starts. Every instance looks
// (background.ts, every 30 s); each row's key `reminder:<registration>` is unique, so whichever instance
// gets there first queues it and every other insert of it, at once or later or after a kill -9, does nothing.
import { db } from '../db';
import { isPrismaError } from '../db/prisma-errors';
import { dateKey } from '../../time';
import { fromZonedLocal } from '../admin/zoned-time';

export const REMINDER_TIME = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;
const DAY_MS = 86_400_000;

type ReminderEvent = { startsAt: Date; timeZone: string; reminderTime: string };

/** When the reminders go: the day before the summit's first day, at reminderTime in its zone. */
export function reminderInstant(event: ReminderEvent): Date | null {
	if (!REMINDER_TIME.test(event.reminderTime)) return null;
	const firstDay = dateKey(event.startsAt, event.timeZone);
	const dayBefore = new Date(Date.parse(`${firstDay}T00:00:00Z`) - DAY_MS).toISOString().slice(0, 10);
	return fromZonedLocal(`${dayBefore}T${event.reminderTime}`, event.timeZone);
}

/**
 * Queues the reminders still missing for the edition, when it is time: on, not the sample programme,
 * between the reminder instant and the summit's start. Someone confirmed later in that window (a
 * promotion from the waitlist, a late registration) gets theirs at the next look. Returns how many
 * this call queued.
 */
export async function queueReminders(eventId: number, now: Date): Promise<number> {
	const event = await db.event.findUnique({
		where: { id: eventId },
		select: { startsAt: true, timeZone: true, reminderTime: true, reminderEnabled: true, isSampleProgramme: true }
	});
	if (!event || !event.reminderEnabled || event.isSampleProgramme) return 0;
	const at = reminderInstant(event);
	if (!at || now < at || now >= event.startsAt) return 0;
	const missing = await db.registration.findMany({
		where: { eventId, status: 'confirmed', mails: { none: { kind: 'reminder' } } },
		orderBy: { id: 'asc' },
		select: { id: true, email: true }
	});
	if (missing.length === 0) return 0;
	const row = (person: { id: number; email: string }) => ({
		kind: 'reminder',
		toAddress: person.email,
		registrationId: person.id,
		dedupeKey: `reminder:${person.id}`
	});
	try {
		return (await db.outboxMail.createMany({ data: missing.map(row) })).count;
	} catch (error) {
		if (!isPrismaError(error, 'P2002')) throw error;
	}
	// Another instance queued some of them meanwhile: one at a time, each key taken once.
	let queued = 0;
	for (const person of missing) {
		try {
			await db.outboxMail.create({ data: row(person), select: { id: true } });
			queued++;
		} catch (error) {
			if (!isPrismaError(error, 'P2002')) throw error;
		}
	}
	return queued;
}
