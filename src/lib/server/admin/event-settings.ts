// Admins keeping the edition's own settings: name and words, when (typed in the edition's zone), the venue,
// the contact address, the registration window and the capacity, the sample-programme notice, and the
// day-before reminder (on or off, and its time). A change
// of venue, time or zone moves every session it touches in attendees' calendars (a higher SEQUENCE); a
// capacity raised seats the waitlist in its order, with the mails the promotion sends.
import { z } from 'zod';
import { db } from '../db';
import { isPrismaError } from '../db/prisma-errors';
import { auditEntry, changedFields, type Actor } from '../audit/audit';
import { commitContentChange } from '../cache/content-version';
import type { SummitEvent } from '../agenda/event';
import { nudgeMailDrainer } from '../mail/outbox';
import { seatsTakenAtMost } from '../registration/seats';
import type { FieldProblems } from '../forms';
import { checkbox, text } from '../forms/fields';
import { emailText } from '../forms/text';
import { dateKey } from '../../time';
import { fromZonedLocal, toZonedLocal } from './zoned-time';
import { promoteWaitlist } from './registration-actions';
import { REMINDER_TIME } from '../agenda/reminders';
import { translationFormValues, translationShape, translationsFromForm } from '../content/form';
import { changedTranslations } from '../content/translations';

/** The summit's text fields organizers translate, with the English field's limits. */
export const EVENT_TEXT = {
	name: { max: 200 },
	tagline: { max: 300 },
	description: { max: 4000, multiline: true },
	venueName: { max: 200 },
	venueAddress: { max: 500, multiline: true },
	venueDistrict: { max: 100 }
};

const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const localDateTime = z.string('required').regex(LOCAL_DATE_TIME, 'required');
/** An optional wall-clock time: '' is none. */
const optionalLocalDateTime = z.preprocess(
	(value) => (value === undefined ? '' : value),
	z.string('invalid').refine((value) => value === '' || LOCAL_DATE_TIME.test(value), 'invalid')
);

/** Seats at the summit: empty for no limit, else a whole number written plainly. */
const capacity = z.preprocess(
	(value) => (value === undefined ? '' : value),
	z
		.custom<string>((value) => typeof value === 'string' && /^[0-9]{0,6}$/.test(value), 'invalid')
		.transform((value) => (value === '' ? null : Number(value)))
		.refine((seats) => seats === null || (seats >= 1 && seats <= 100_000), 'invalid')
);

/**
 * The form, before the zone is known to be real: times stay wall-clock text until checkSettings. Its own
 * problem codes, from checkSettings: `invalid`, `end-before-start`, `after-event`, and `below-taken` from
 * saveEventSettings.
 */
export const eventSettingsSchema = z.object({
	name: text({ max: 200, required: true }),
	tagline: text({ max: 300 }),
	description: text({ max: 4000, multiline: true }),
	timeZone: text({ max: 64, required: true }),
	startsAt: localDateTime,
	endsAt: localDateTime,
	venueName: text({ max: 200, required: true }),
	venueAddress: text({ max: 500, multiline: true }),
	venueDistrict: text({ max: 100 }),
	venueMapUrl: text({ max: 500 }),
	contactEmail: text({ max: 254 }),
	registrationOpensAt: optionalLocalDateTime,
	registrationClosesAt: optionalLocalDateTime,
	capacity,
	isSampleProgramme: checkbox,
	reminderEnabled: checkbox,
	// HH:MM, 24-hour, in the edition's zone; a form from before the field existed keeps the default.
	reminderTime: z.preprocess(
		(value) => (value === undefined ? '10:00' : typeof value === 'string' ? value.trim() : value),
		z.string('invalid').regex(REMINDER_TIME, 'invalid')
	),
	...translationShape(EVENT_TEXT)
});

export type EventSettingsForm = z.output<typeof eventSettingsSchema>;

/** What the settings page shows and the form starts from: wall-clock times in the edition's zone. */
export function eventSettingsValues(event: SummitEvent) {
	const local = (instant: Date | null) => (instant ? toZonedLocal(instant, event.timeZone) : '');
	return {
		name: event.name,
		tagline: event.tagline,
		description: event.description,
		timeZone: event.timeZone,
		startsAt: local(event.startsAt),
		endsAt: local(event.endsAt),
		venueName: event.venueName,
		venueAddress: event.venueAddress,
		venueDistrict: event.venueDistrict,
		venueMapUrl: event.venueMapUrl ?? '',
		contactEmail: event.contactEmail ?? '',
		registrationOpensAt: local(event.registrationOpensAt),
		registrationClosesAt: local(event.registrationClosesAt),
		capacity: event.capacity === null ? '' : String(event.capacity),
		isSampleProgramme: event.isSampleProgramme ? 'on' : '',
		reminderEnabled: event.reminderEnabled ? 'on' : '',
		reminderTime: event.reminderTime,
		...translationFormValues(event.translations, EVENT_TEXT)
	};
}

/** An IANA zone name Intl knows ("Asia/Hong_Kong"); not an offset or an abbreviation. */
export function isTimeZone(name: string): boolean {
	if (!/^[A-Za-z]+(?:\/[A-Za-z0-9_+-]+)+$|^UTC$/.test(name)) return false;
	try {
		new Intl.DateTimeFormat('en', { timeZone: name });
		return true;
	} catch {
		return false;
	}
}

function webAddress(value: string): boolean {
	try {
		const url = new URL(value);
		return url.protocol === 'https:' || url.protocol === 'http:';
	} catch {
		return false;
	}
}

type Settings = {
	name: string;
	tagline: string;
	description: string;
	timeZone: string;
	startsAt: Date;
	endsAt: Date;
	venueName: string;
	venueAddress: string;
	venueDistrict: string;
	venueMapUrl: string | null;
	contactEmail: string | null;
	registrationOpensAt: Date | null;
	registrationClosesAt: Date | null;
	capacity: number | null;
	isSampleProgramme: boolean;
	reminderEnabled: boolean;
	reminderTime: string;
};

/** Instants in UTC, in order, and a window that ends with the summit at the latest; or what is wrong. */
export function checkSettings(
	input: EventSettingsForm
): { ok: true; settings: Settings } | { ok: false; problems: FieldProblems } {
	const problems: FieldProblems = {};
	const zone = isTimeZone(input.timeZone) ? input.timeZone : null;
	if (!zone) problems.timeZone = { code: 'invalid' };
	const at = (field: keyof FieldProblems & string, local: string) => {
		if (local === '' || !zone) return null;
		const instant = fromZonedLocal(local, zone);
		if (!instant) problems[field] = { code: 'invalid' };
		return instant;
	};
	const startsAt = at('startsAt', input.startsAt);
	const endsAt = at('endsAt', input.endsAt);
	const opensAt = at('registrationOpensAt', input.registrationOpensAt);
	const closesAt = at('registrationClosesAt', input.registrationClosesAt);
	if (startsAt && endsAt && endsAt <= startsAt) problems.endsAt = { code: 'end-before-start' };
	if (opensAt && closesAt && closesAt <= opensAt) problems.registrationClosesAt = { code: 'end-before-start' };
	else if (closesAt && endsAt && closesAt > endsAt) problems.registrationClosesAt = { code: 'after-event' };
	if (opensAt && endsAt && opensAt >= endsAt) problems.registrationOpensAt = { code: 'after-event' };
	const venueMapUrl = input.venueMapUrl === '' ? null : input.venueMapUrl;
	if (venueMapUrl && !webAddress(venueMapUrl)) problems.venueMapUrl = { code: 'invalid' };
	const contactEmail = input.contactEmail === '' ? null : emailText(input.contactEmail);
	if (contactEmail && !z.email().safeParse(contactEmail).success) problems.contactEmail = { code: 'email' };
	if (Object.keys(problems).length > 0 || !zone || !startsAt || !endsAt) return { ok: false, problems };
	return {
		ok: true,
		settings: {
			name: input.name,
			tagline: input.tagline,
			description: input.description,
			timeZone: zone,
			startsAt,
			endsAt,
			venueName: input.venueName,
			venueAddress: input.venueAddress,
			venueDistrict: input.venueDistrict,
			venueMapUrl,
			contactEmail,
			registrationOpensAt: opensAt,
			registrationClosesAt: closesAt,
			capacity: input.capacity,
			isSampleProgramme: input.isSampleProgramme,
			reminderEnabled: input.reminderEnabled,
			reminderTime: input.reminderTime
		}
	};
}

const DAY_MS = 86_400_000;
const dayNumber = (key: string) => Date.parse(`${key}T00:00:00Z`) / DAY_MS;

/**
 * Where a session lands when the summit moves: the same wall-clock time, as many days later as the summit's
 * first day moved, in the (new) zone. A summit moved to the next day takes its programme along; a corrected
 * zone keeps the printed times and changes the instants.
 */
function movedInstant(instant: Date, before: { timeZone: string }, after: { timeZone: string }, days: number) {
	const local = toZonedLocal(instant, before.timeZone);
	const date = new Date(Date.parse(`${local.slice(0, 10)}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
	return fromZonedLocal(`${date}${local.slice(10)}`, after.timeZone) ?? instant;
}

export type SaveResult =
	| { ok: true; changed: string[]; sessionsRevised: number; promoted: number }
	| { ok: false; problems: FieldProblems; status: number };

/**
 * Saves the settings in one transaction with the audit entry (the fields changed), the sessions the change
 * moves in calendars, and the content signal every instance drops its caches on. The capacity is guarded
 * in the same statement: never below the seats taken, even by a registration a moment ago.
 */
export async function saveEventSettings(
	actor: Actor,
	eventId: number,
	input: EventSettingsForm,
	now = new Date()
): Promise<SaveResult> {
	const checked = checkSettings(input);
	if (!checked.ok) return { ok: false, problems: checked.problems, status: 400 };
	const after = checked.settings;
	const before = await db.event.findUniqueOrThrow({ where: { id: eventId } });
	if (after.capacity !== null && after.capacity < before.confirmedCount) return belowTaken(before.confirmedCount);

	const translations = translationsFromForm(input, EVENT_TEXT);
	const changes = { ...changedFields(before, after), ...changedTranslations(before.translations, translations) };
	const changed = Object.keys(changes);
	const venueMoved = ['venueName', 'venueAddress', 'venueDistrict', 'timeZone'].some((field) => field in changes);
	const days =
		dayNumber(dateKey(after.startsAt, after.timeZone)) - dayNumber(dateKey(before.startsAt, before.timeZone));
	const sessions = await db.session.findMany({
		where: { eventId },
		select: { id: true, startsAt: true, endsAt: true }
	});
	const revised = sessions.flatMap((session) => {
		const startsAt = movedInstant(session.startsAt, before, after, days);
		const endsAt = movedInstant(session.endsAt, before, after, days);
		const moved = startsAt.getTime() !== session.startsAt.getTime() || endsAt.getTime() !== session.endsAt.getTime();
		if (!moved && !venueMoved) return [];
		return [
			db.session.update({
				where: { id: session.id },
				data: { startsAt, endsAt, revision: { increment: 1 }, editedAt: now }
			})
		];
	});
	if (revised.length > 0) changes.sessionsRevised = revised.length;
	if (changed.length === 0) return { ok: true, changed, sessionsRevised: 0, promoted: 0 };

	try {
		await commitContentChange([
			db.event.update({
				where: { id: eventId, ...seatsTakenAtMost(after.capacity) },
				data: { ...after, translations, editedAt: now },
				select: { id: true }
			}),
			...revised,
			auditEntry(actor, {
				action: 'event.update',
				entityType: 'event',
				entityId: before.slug,
				summary: after.name,
				changes
			})
		]);
	} catch (error) {
		if (!isPrismaError(error, 'P2025')) throw error;
		const { confirmedCount } = await db.event.findUniqueOrThrow({ where: { id: eventId } });
		return belowTaken(confirmedCount);
	}

	// More seats than before: the people waiting get them, in their order, each with the promotion mail and
	// an audit entry of its own (registration-actions.ts, as the registrations page's button does).
	let promoted = 0;
	if (before.capacity !== null && (after.capacity === null || after.capacity > before.capacity)) {
		promoted = (await promoteWaitlist(actor, eventId)).length;
		if (promoted > 0) nudgeMailDrainer();
	}
	return { ok: true, changed, sessionsRevised: revised.length, promoted };
}

function belowTaken(count: number): SaveResult {
	return { ok: false, problems: { capacity: { code: 'below-taken', count } }, status: 400 };
}
