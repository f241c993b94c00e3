// Seats at the summit and in sessions. A seat changes hands only in one statement that moves the count
// and the person's status together, guarded by the capacity (`confirmedCount < capacity`): exact on
// SQLite (one writer) and on PostgreSQL across processes (row lock, re-check). A failed guard is P2025.
import { db } from '../db';
import { isPrismaError } from '../db/prisma-errors';

/** The event row's update condition: no limit, or a seat left. Read in the same statement as the update. */
export function eventSeatGuard(eventId: number) {
	return { id: eventId, OR: [{ capacity: null }, { confirmedCount: { lt: db.event.fields.capacity } }] };
}

function sessionSeatCondition() {
	return { OR: [{ capacity: null }, { confirmedCount: { lt: db.session.fields.capacity } }] };
}

/**
 * A new confirmed registrant's choices, all at once: one statement when every session has a seat (the
 * common case); otherwise one by one, so full sessions waitlist and the others confirm.
 */
export async function settleChoicesOfNewRegistration(registrationId: number, sessionIds: number[], now = new Date()) {
	try {
		await db.registration.update({
			where: { id: registrationId },
			data: {
				sessions: {
					update: sessionIds.map((sessionId) => ({
						where: { registrationId_sessionId: { registrationId, sessionId }, status: 'requested' },
						data: {
							status: 'confirmed',
							session: { update: { where: sessionSeatCondition(), data: { confirmedCount: { increment: 1 } } } }
						}
					}))
				}
			},
			select: { id: true }
		});
	} catch (error) {
		if (!isPrismaError(error, 'P2025')) throw error;
		await settleRequestedChoices(registrationId, now);
	}
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
		select: { sessionId: true }
	});
	for (const { sessionId } of choices) await claimSessionSeat(registrationId, sessionId, now);
}

async function claimSessionSeat(registrationId: number, sessionId: number, now: Date) {
	const key = { registrationId, sessionId };
	try {
		await db.session.update({
			where: { id: sessionId, ...sessionSeatCondition() },
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
