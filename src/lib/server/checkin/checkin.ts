// Checking attendees in at the door, by reference code (typed or scanned) or from a name search.
// Checking in sets checkedInAt once, in one guarded statement: a second scan, on this device or
// another door's, changes nothing and answers with the first time. A check-in made by mistake may be
// undone for a short while (UNDO_WINDOW_MS), measured from the check-in itself.
import { db } from '../db';
import { isPrismaError } from '../db/prisma-errors';
import { auditEntry, type Actor } from '../audit/audit';
import { normaliseForSearch } from '../agenda/filters';
import { readReference } from './reference';

/** What door staff see of the person in front of them: who they are and what they need. */
export type Attendee = {
	id: number;
	name: string;
	reference: string;
	jobTitle: string;
	organisation: string;
	needs: string;
};

export type CheckInResult =
	| ({ outcome: 'checked-in' | 'already'; at: Date } & Attendee)
	| ({ outcome: 'cancelled' | 'waitlisted' } & Attendee)
	| { outcome: 'not-found' };

/** How long after a check-in it may be undone. */
export const UNDO_WINDOW_MS = 2 * 60 * 1000;

const attendeeFields = {
	id: true,
	fullName: true,
	reference: true,
	jobTitle: true,
	organisation: true,
	needs: true,
	status: true,
	checkedInAt: true
} as const;

function attendee(row: {
	id: number;
	fullName: string;
	reference: string;
	jobTitle: string;
	organisation: string;
	needs: string;
}): Attendee {
	const { id, fullName: name, reference, jobTitle, organisation, needs } = row;
	return { id, name, reference, jobTitle, organisation, needs };
}

async function checkIn(
	actor: Actor,
	where: { eventId: number; reference?: string; id?: number },
	now: Date,
	attempt = 1
): Promise<CheckInResult> {
	const registration = await db.registration.findFirst({ where, select: attendeeFields });
	if (!registration) return { outcome: 'not-found' };
	const { id, fullName: name, reference } = registration;
	const person = attendee(registration);
	if (registration.status === 'cancelled' || registration.status === 'waitlisted')
		return { outcome: registration.status, ...person };
	if (registration.checkedInAt) return { outcome: 'already', ...person, at: registration.checkedInAt };

	try {
		await db.$transaction([
			// Guarded: only a confirmed registration not yet checked in changes, else the whole
			// transaction (audit entry included) rolls back with P2025.
			db.registration.update({
				where: { id, status: 'confirmed', checkedInAt: null },
				data: { checkedInAt: now },
				select: { id: true }
			}),
			auditEntry(actor, {
				action: 'registration.check-in',
				entityType: 'registration',
				entityId: reference,
				summary: name,
				changes: { checkedInAt: now.toISOString() }
			})
		]);
	} catch (error) {
		// Another door was quicker (or the registration was cancelled meanwhile): report what is true now.
		if (isPrismaError(error, 'P2025') && attempt < 3)
			return checkIn(actor, { eventId: where.eventId, id }, now, attempt + 1);
		throw error;
	}
	return { outcome: 'checked-in', ...person, at: now };
}

export type UndoCheckInResult =
	| { outcome: 'undone'; name: string; reference: string }
	| { outcome: 'too-late' | 'not-checked-in'; name: string; reference: string }
	| { outcome: 'not-found' };

/**
 * Takes back a check-in made less than UNDO_WINDOW_MS ago. One guarded statement with its audit entry:
 * a check-in older than the window (or already undone at another door) stays as it is.
 */
export async function undoCheckIn(actor: Actor, eventId: number, id: number, now: Date): Promise<UndoCheckInResult> {
	const registration = await db.registration.findFirst({ where: { eventId, id }, select: attendeeFields });
	if (!registration) return { outcome: 'not-found' };
	const { fullName: name, reference, checkedInAt } = registration;
	if (!checkedInAt) return { outcome: 'not-checked-in', name, reference };
	const windowStart = new Date(now.getTime() - UNDO_WINDOW_MS);
	if (checkedInAt < windowStart) return { outcome: 'too-late', name, reference };
	try {
		await db.$transaction([
			db.registration.update({
				where: { id, checkedInAt: { equals: checkedInAt, gte: windowStart } },
				data: { checkedInAt: null },
				select: { id: true }
			}),
			auditEntry(actor, {
				action: 'registration.undo-check-in',
				entityType: 'registration',
				entityId: reference,
				summary: name,
				changes: { checkedInAt: [checkedInAt.toISOString(), null] }
			})
		]);
	} catch (error) {
		// Undone at another door meanwhile: nothing left to undo.
		if (isPrismaError(error, 'P2025')) return { outcome: 'not-checked-in', name, reference };
		throw error;
	}
	return { outcome: 'undone', name, reference };
}

export function checkInByReference(
	actor: Actor,
	eventId: number,
	reference: string,
	now = new Date()
): Promise<CheckInResult> {
	return checkIn(actor, { eventId, reference: readReference(reference) }, now);
}

export function checkInById(actor: Actor, eventId: number, id: number, now = new Date()): Promise<CheckInResult> {
	return checkIn(actor, { eventId, id }, now);
}

/** Confirmed and waitlisted registrations whose name, email, organisation or reference match every word. */
export async function findAttendees(eventId: number, query: string, limit = 20) {
	const words = normaliseForSearch(query).split(/\s+/).filter(Boolean);
	if (words.length === 0) return [];
	const rows = await db.registration.findMany({
		where: { eventId, status: { in: ['confirmed', 'waitlisted'] } },
		orderBy: [{ fullName: 'asc' }, { id: 'asc' }],
		select: {
			id: true,
			reference: true,
			fullName: true,
			organisation: true,
			email: true,
			status: true,
			checkedInAt: true
		}
	});
	return rows
		.filter((row) => {
			const haystack = normaliseForSearch([row.fullName, row.email, row.organisation, row.reference].join(' '));
			return words.every((word) => haystack.includes(word));
		})
		.slice(0, limit);
}

export async function checkInProgress(eventId: number) {
	const [confirmed, checkedIn] = await Promise.all([
		db.registration.count({ where: { eventId, status: 'confirmed' } }),
		db.registration.count({ where: { eventId, status: 'confirmed', checkedInAt: { not: null } } })
	]);
	return { confirmed, checkedIn };
}
