// Cancelling a registration: the status, the summit seat and every session seat change in one
// statement (seats.ts); the next people on the waitlists are promoted right after.
import { db } from '../db';
import type { Companions } from '../db/together';
import { releaseSeats } from './seats';
import { promoteFromWaitlist, promoteSessionWaitlist } from './waitlist';

/** Attempts when the registration changes between reading and writing (another request moved it). */
const ATTEMPTS = 5;

type CancelOptions = {
	/** Writes that commit with the cancellation (an organizer's audit entry), given the status it ends. */
	commitWith?: (before: { status: string }) => Companions;
};

export async function cancelRegistration(
	registrationId: number,
	now = new Date(),
	options: CancelOptions = {}
): Promise<{ cancelled: boolean }> {
	for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
		const registration = await db.registration.findUnique({
			where: { id: registrationId },
			select: { status: true, eventId: true, sessions: { where: { status: 'confirmed' }, select: { sessionId: true } } }
		});
		if (!registration || registration.status === 'cancelled') return { cancelled: false };
		const confirmedSessionIds = registration.sessions.map(({ sessionId }) => sessionId);
		const { status } = registration;
		// Guarded by what was read above: only if it all still holds do the seats move.
		if (
			!(await releaseSeats({ id: registrationId, status, confirmedSessionIds }, now, options.commitWith?.({ status })))
		)
			continue;
		if (status === 'confirmed') await promoteFromWaitlist(registration.eventId, now);
		for (const sessionId of confirmedSessionIds) await promoteSessionWaitlist(sessionId);
		return { cancelled: true };
	}
	throw new Error(`Registration ${registrationId} kept changing while being cancelled`);
}
