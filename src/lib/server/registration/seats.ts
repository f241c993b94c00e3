// Seats at the summit and in sessions. A seat changes hands only in one statement that moves the count
// and the person's status together, guarded by the capacity (`confirmedCount < capacity`): exact on
// SQLite (one writer) and on PostgreSQL across processes (row lock, re-check). A failed guard is P2025.
import { db } from '../db';
import { isPrismaError } from '../db/prisma-errors';

/** The event row's update condition: any seat left (or no limit). */
export function eventSeatGuard(eventId: number, capacity: number | null) {
	return capacity === null ? { id: eventId } : { id: eventId, confirmedCount: { lt: db.event.fields.capacity } };
}

function sessionSeatGuard(sessionId: number, capacity: number | null) {
	return capacity === null ? { id: sessionId } : { id: sessionId, confirmedCount: { lt: db.session.fields.capacity } };
}

/**
 * Decides a seat for each session a confirmed registrant asked for ("requested"), in programme order:
 * confirmed while seats remain, waitlisted after. Safe to run twice or concurrently: a choice leaves
 * "requested" exactly once.
 */
export async function settleRequestedChoices(registrationId: number, now = new Date()): Promise<void> {
	const choices = await db.registrationSession.findMany({
		where: { registrationId, status: 'requested', registration: { status: 'confirmed' } },
		orderBy: { session: { startsAt: 'asc' } },
		select: { sessionId: true, session: { select: { capacity: true } } }
	});
	for (const { sessionId, session } of choices) {
		await claimSessionSeat(registrationId, sessionId, session.capacity, now);
	}
}

async function claimSessionSeat(registrationId: number, sessionId: number, capacity: number | null, now: Date) {
	const key = { registrationId, sessionId };
	try {
		await db.session.update({
			where: sessionSeatGuard(sessionId, capacity),
			data: {
				confirmedCount: { increment: 1 },
				attendees: { update: { where: { registrationId_sessionId: key, status: 'requested' }, data: { status: 'confirmed' } } }
			},
			select: { id: true }
		});
	} catch (error) {
		if (!isPrismaError(error, 'P2025')) throw error;
		// Full, or the choice was settled elsewhere meanwhile: only a still-requested choice joins the waitlist.
		await db.registrationSession.updateMany({
			where: { ...key, status: 'requested' },
			data: { status: 'waitlisted', waitlistedAt: now }
		});
	}
}

/** Gives up a confirmed session seat (or drops a pending choice). Returns whether a seat was freed. */
export async function releaseChoice(registrationId: number, sessionId: number): Promise<boolean> {
	const key = { registrationId, sessionId };
	try {
		await db.registrationSession.update({
			where: { registrationId_sessionId: key, status: 'confirmed' },
			data: { status: 'cancelled', session: { update: { confirmedCount: { decrement: 1 } } } },
			select: { sessionId: true }
		});
		return true;
	} catch (error) {
		if (!isPrismaError(error, 'P2025')) throw error;
		await db.registrationSession.updateMany({
			where: { ...key, status: { in: ['requested', 'waitlisted'] } },
			data: { status: 'cancelled' }
		});
		return false;
	}
}
