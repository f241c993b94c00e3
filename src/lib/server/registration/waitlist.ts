// Promotion from the waitlists, first come first served ((waitlistedAt, id) order): who is next. The seat
// itself moves in seats.ts. Runs after every release, and periodically (reconcileSeats) to finish what a
// crashed process left half done.
import { db } from '../db';
import type { Companions } from '../db/together';
import { promoteToSessionSeat, promoteToSummitSeat, settleRequestedChoices } from './seats';

/** A guard against a pathological loop; a real promotion run moves far fewer people. */
const MAX_PROMOTIONS_PER_RUN = 1000;

/** Who was promoted, for the writes that commit with their promotion (an organizer's audit entry). */
export type PromotedPerson = { id: number; reference: string; fullName: string };
type PromotionOptions = { commitWith?: (person: PromotedPerson) => Companions };

const waitingPerson = { id: true, email: true, reference: true, fullName: true } as const;

export async function promoteFromWaitlist(
	eventId: number,
	now = new Date(),
	options: PromotionOptions = {}
): Promise<number[]> {
	const promoted: number[] = [];
	while (promoted.length < MAX_PROMOTIONS_PER_RUN) {
		const next = await db.registration.findFirst({
			where: { eventId, status: 'waitlisted' },
			orderBy: [{ waitlistedAt: 'asc' }, { id: 'asc' }],
			select: waitingPerson
		});
		if (!next) break;
		if (!(await promoteToSummitSeat(eventId, next, now, options.commitWith?.(next)))) {
			const current = await db.registration.findUnique({ where: { id: next.id }, select: { status: true } });
			if (current?.status === 'waitlisted') break; // no seat left
			continue; // someone else moved this person meanwhile: look again
		}
		promoted.push(next.id);
		await settleRequestedChoices(next.id, now);
	}
	return promoted;
}

/**
 * An organizer gives a free seat to one particular person on the waitlist, ahead of the line.
 * 'full' when no seat is free (raise the capacity or cancel someone first).
 */
export async function promoteRegistration(
	eventId: number,
	registrationId: number,
	now = new Date(),
	options: PromotionOptions = {}
): Promise<'promoted' | 'full' | 'not-waitlisted'> {
	const person = await db.registration.findFirst({
		where: { id: registrationId, eventId, status: 'waitlisted' },
		select: waitingPerson
	});
	if (!person) return 'not-waitlisted';
	if (!(await promoteToSummitSeat(eventId, person, now, options.commitWith?.(person)))) {
		const current = await db.registration.findUnique({ where: { id: registrationId }, select: { status: true } });
		return current?.status === 'waitlisted' ? 'full' : 'not-waitlisted';
	}
	await settleRequestedChoices(registrationId, now);
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
		if (
			!(await promoteToSessionSeat(sessionId, { registrationId: next.registrationId, email: next.registration.email }))
		) {
			const key = { registrationId: next.registrationId, sessionId };
			const current = await db.registrationSession.findUnique({
				where: { registrationId_sessionId: key },
				select: { status: true }
			});
			if (current?.status === 'waitlisted') break;
			continue;
		}
		promoted.push(next.registrationId);
	}
	return promoted;
}

/** Choices younger than this belong to a request that is probably still deciding them itself. */
const SETTLE_AFTER_MS = 10_000;

/**
 * Finishes what an interrupted request left: choices still "requested" by confirmed registrants (their
 * mails wait for this, see mail/outbox.ts), and seats freed without the next person promoted.
 * Idempotent; every instance may run it.
 */
export async function reconcileSeats(eventId: number, now = new Date()): Promise<void> {
	const pending = await db.registrationSession.findMany({
		where: {
			status: 'requested',
			createdAt: { lt: new Date(now.getTime() - SETTLE_AFTER_MS) },
			registration: { eventId, status: 'confirmed' }
		},
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
