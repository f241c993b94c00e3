// Cancelling a registration: the status, the summit seat and every session seat change in one
// statement; the next people on the waitlists are promoted right after.
import { db } from '../db';
import { isPrismaError } from '../db/prisma-errors';
import { promoteFromWaitlist, promoteSessionWaitlist } from './waitlist';

/** Attempts when the registration changes between reading and writing (another request moved it). */
const ATTEMPTS = 5;

export async function cancelRegistration(registrationId: number, now = new Date()): Promise<{ cancelled: boolean }> {
	for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
		const registration = await db.registration.findUnique({
			where: { id: registrationId },
			select: { status: true, eventId: true, sessions: { where: { status: 'confirmed' }, select: { sessionId: true } } }
		});
		if (!registration || registration.status === 'cancelled') return { cancelled: false };
		const heldSessions = registration.sessions.map(({ sessionId }) => sessionId);
		try {
			await db.registration.update({
				// Guarded by the status read above, so the seat count moves only if that status still holds.
				where: { id: registrationId, status: registration.status },
				data: {
					status: 'cancelled',
					cancelledAt: now,
					...(registration.status === 'confirmed' ? { event: { update: { confirmedCount: { decrement: 1 } } } } : {}),
					sessions: {
						update: heldSessions.map((sessionId) => ({
							where: { registrationId_sessionId: { registrationId, sessionId }, status: 'confirmed' },
							data: { status: 'cancelled', session: { update: { confirmedCount: { decrement: 1 } } } }
						})),
						updateMany: { where: { status: { in: ['requested', 'waitlisted'] } }, data: { status: 'cancelled' } }
					}
				},
				select: { id: true }
			});
		} catch (error) {
			if (isPrismaError(error, 'P2025')) continue;
			throw error;
		}
		if (registration.status === 'confirmed') await promoteFromWaitlist(registration.eventId, now);
		for (const sessionId of heldSessions) await promoteSessionWaitlist(sessionId);
		return { cancelled: true };
	}
	throw new Error(`Registration ${registrationId} kept changing while being cancelled`);
}
