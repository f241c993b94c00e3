// Promotion from the waitlists, first come first served ((waitlistedAt, id) order). Runs after every
// release, and periodically (reconcileSeats) to finish what a crashed process left half done.
import { db } from '../db';
import { isPrismaError } from '../db/prisma-errors';
import { eventSeatGuard, settleRequestedChoices } from './seats';
import { nudgeMailDrainer } from '../mail/outbox';

/** A guard against a pathological loop; a real promotion run moves far fewer people. */
const MAX_PROMOTIONS_PER_RUN = 1000;

export async function promoteFromWaitlist(eventId: number, now = new Date()): Promise<number[]> {
	const promoted: number[] = [];
	while (promoted.length < MAX_PROMOTIONS_PER_RUN) {
		const next = await db.registration.findFirst({
			where: { eventId, status: 'waitlisted' },
			orderBy: [{ waitlistedAt: 'asc' }, { id: 'asc' }],
			select: { id: true, email: true }
		});
		if (!next) break;
		try {
			await db.event.update({
				where: eventSeatGuard(eventId),
				data: {
					confirmedCount: { increment: 1 },
					registrations: {
						update: {
							where: { id: next.id, status: 'waitlisted' },
							data: {
								status: 'confirmed',
								confirmedAt: now,
								mails: { create: { kind: 'waitlist-promotion', toAddress: next.email } }
							}
						}
					}
				},
				select: { id: true }
			});
		} catch (error) {
			if (!isPrismaError(error, 'P2025')) throw error;
			const current = await db.registration.findUnique({ where: { id: next.id }, select: { status: true } });
			if (current?.status === 'waitlisted') break; // no seat left
			continue; // someone else moved this person meanwhile: look again
		}
		promoted.push(next.id);
		await settleRequestedChoices(next.id, now);
	}
	if (promoted.length > 0) nudgeMailDrainer();
	return promoted;
}

/**
 * An organizer gives a free seat to one particular person on the waitlist, ahead of the line.
 * 'full' when no seat is free (raise the capacity or cancel someone first).
 */
export async function promoteRegistration(
	eventId: number,
	registrationId: number,
	now = new Date()
): Promise<'promoted' | 'full' | 'not-waitlisted'> {
	const person = await db.registration.findFirst({ where: { id: registrationId, eventId }, select: { status: true, email: true } });
	if (person?.status !== 'waitlisted') return 'not-waitlisted';
	try {
		await db.event.update({
			where: eventSeatGuard(eventId),
			data: {
				confirmedCount: { increment: 1 },
				registrations: {
					update: {
						where: { id: registrationId, status: 'waitlisted' },
						data: { status: 'confirmed', confirmedAt: now, mails: { create: { kind: 'waitlist-promotion', toAddress: person.email } } }
					}
				}
			},
			select: { id: true }
		});
	} catch (error) {
		if (!isPrismaError(error, 'P2025')) throw error;
		const current = await db.registration.findUnique({ where: { id: registrationId }, select: { status: true } });
		return current?.status === 'waitlisted' ? 'full' : 'not-waitlisted';
	}
	await settleRequestedChoices(registrationId, now);
	nudgeMailDrainer();
	return 'promoted';
}

export async function promoteSessionWaitlist(sessionId: number): Promise<number[]> {
	const promoted: number[] = [];
	while (promoted.length < MAX_PROMOTIONS_PER_RUN) {
		const next = await db.registrationSession.findFirst({
			where: { sessionId, status: 'waitlisted', registration: { status: 'confirmed' } },
			orderBy: [{ waitlistedAt: 'asc' }, { registrationId: 'asc' }],
			select: { registrationId: true, registration: { select: { email: true } } }
		});
		if (!next) break;
		const key = { registrationId: next.registrationId, sessionId };
		try {
			await db.session.update({
				where: { id: sessionId, OR: [{ capacity: null }, { confirmedCount: { lt: db.session.fields.capacity } }] },
				data: {
					confirmedCount: { increment: 1 },
					attendees: {
						update: {
							where: { registrationId_sessionId: key, status: 'waitlisted' },
							data: {
								status: 'confirmed',
								registration: {
									update: {
										mails: {
											create: { kind: 'session-promotion', toAddress: next.registration.email, payload: JSON.stringify({ sessionId }) }
										}
									}
								}
							}
						}
					}
				},
				select: { id: true }
			});
		} catch (error) {
			if (!isPrismaError(error, 'P2025')) throw error;
			const current = await db.registrationSession.findUnique({ where: { registrationId_sessionId: key }, select: { status: true } });
			if (current?.status === 'waitlisted') break;
			continue;
		}
		promoted.push(next.registrationId);
	}
	if (promoted.length > 0) nudgeMailDrainer();
	return promoted;
}

/**
 * Finishes what an interrupted request left: choices still "requested" by confirmed registrants, and
 * seats freed without the next person promoted. Idempotent; every instance may run it.
 */
export async function reconcileSeats(eventId: number, now = new Date()): Promise<void> {
	const stale = new Date(now.getTime() - 10_000);
	const pending = await db.registrationSession.findMany({
		where: { status: 'requested', createdAt: { lt: stale }, registration: { eventId, status: 'confirmed' } },
		distinct: ['registrationId'],
		select: { registrationId: true }
	});
	for (const { registrationId } of pending) await settleRequestedChoices(registrationId, now);
	await promoteFromWaitlist(eventId, now);
	const sessions = await db.session.findMany({
		where: { eventId, attendees: { some: { status: 'waitlisted' } } },
		select: { id: true }
	});
	for (const { id } of sessions) await promoteSessionWaitlist(id);
}
