// Checking attendees in at the door, by reference code (typed or scanned) or from a name search.
// Checking in sets checkedInAt once, in one guarded statement: a second scan, on this device or
// another door's, changes nothing and answers with the first time.
import { db } from '../db';
import { isPrismaError } from '../db/prisma-errors';
import { auditEntry, type Actor } from '../audit/audit';
import { normaliseForSearch } from '../agenda/filters';
import { normaliseReference } from '../registration/tokens';

export type CheckInResult =
	| { outcome: 'checked-in'; name: string; reference: string; at: Date }
	| { outcome: 'already'; name: string; reference: string; at: Date }
	| { outcome: 'cancelled' | 'waitlisted'; name: string; reference: string }
	| { outcome: 'not-found' };

async function checkIn(
	actor: Actor,
	where: { eventId: number; reference?: string; id?: number },
	now: Date,
	attempt = 1
): Promise<CheckInResult> {
	const registration = await db.registration.findFirst({
		where,
		select: { id: true, fullName: true, reference: true, status: true, checkedInAt: true }
	});
	if (!registration) return { outcome: 'not-found' };
	const { id, fullName: name, reference } = registration;
	if (registration.status === 'cancelled' || registration.status === 'waitlisted')
		return { outcome: registration.status, name, reference };
	if (registration.checkedInAt) return { outcome: 'already', name, reference, at: registration.checkedInAt };

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
	return { outcome: 'checked-in', name, reference, at: now };
}

export function checkInByReference(
	actor: Actor,
	eventId: number,
	reference: string,
	now = new Date()
): Promise<CheckInResult> {
	return checkIn(actor, { eventId, reference: normaliseReference(reference) }, now);
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
