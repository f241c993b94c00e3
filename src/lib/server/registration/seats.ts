// Seats at the summit and in sessions: the one home of every rule that moves a seat count (a new
// registration's own SQL write, new-registration.ts, takes its guards from here). Each is
// one Prisma call that moves the count and the holder's status together, guarded in the same statement by
// the capacity (`confirmedCount < capacity`, or no limit): exact on SQLite (one writer) and on PostgreSQL
// across processes (row lock, re-check). A guard that matches nothing is Prisma's P2025, answered here as
// false or null: no seat left, or the holder moved meanwhile (the caller looks again).
//
// Writes that must commit with a seat move (an organizer's audit entry) come as `companions` and run in
// the statement's own batch transaction. Never inside a caller's interactive transaction: there, a P2025
// caught from a nested write keeps the statement's first half (the count moved, the holder did not;
// measured on SQLite and PostgreSQL), and on PostgreSQL a P2002 aborts the whole transaction.
import type { Prisma } from '../../../generated/sqlite/client';
import { db } from '../db';
import { isPrismaError } from '../db/prisma-errors';
import { commitTogether, type Companions } from '../db/together';

const TAKE_ONE = { confirmedCount: { increment: 1 } };

/**
 * The same rule in SQL, for the new registration's own write (new-registration.ts), which both SQLite and
 * PostgreSQL read alike: take one seat where one is left, in the statement that checks it.
 */
export const TAKE_ONE_SQL = `"confirmedCount" = "confirmedCount" + 1`;
export const SEAT_LEFT_SQL = `("capacity" IS NULL OR "confirmedCount" < "capacity")`;
const GIVE_BACK_ONE = { confirmedCount: { decrement: 1 } };

/** The event row's condition: no limit, or a seat left. Read in the same statement as the update. */
function summitSeatLeft(eventId: number) {
	return { id: eventId, OR: [{ capacity: null }, { confirmedCount: { lt: db.event.fields.capacity } }] };
}

function sessionSeatLeft() {
	return { OR: [{ capacity: null }, { confirmedCount: { lt: db.session.fields.capacity } }] };
}

/** Runs a guarded statement with its companions; false when the guard matched nothing (all rolled back). */
async function guarded(statement: Prisma.PrismaPromise<unknown>, companions: Companions = []): Promise<boolean> {
	try {
		await commitTogether(statement, companions);
		return true;
	} catch (error) {
		if (isPrismaError(error, 'P2025')) return false;
		throw error;
	}
}

// The summit

export type NewSeatHolder = Omit<Prisma.RegistrationCreateWithoutEventInput, 'status' | 'confirmedAt' | 'waitlistedAt'>;

/**
 * A seat for a new registration, created in the seat's own statement; its id, or null when the summit
 * is full. P2002 (the email is registered already, or the reference clashed) is thrown and moves nothing.
 */
export async function takeSummitSeatForNew(
	eventId: number,
	registration: NewSeatHolder,
	now: Date,
	companions: Companions = []
): Promise<number | null> {
	try {
		const event = await commitTogether(
			db.event.update({
				where: summitSeatLeft(eventId),
				data: { ...TAKE_ONE, registrations: { create: { ...registration, status: 'confirmed', confirmedAt: now } } },
				select: { registrations: { where: { reference: registration.reference }, select: { id: true } } }
			}),
			companions
		);
		return event.registrations[0]!.id;
	} catch (error) {
		if (isPrismaError(error, 'P2025')) return null;
		throw error;
	}
}

/**
 * A seat for a registration that is still `from` (waitlisted, or cancelled and registering again), with
 * `data` written in the same statement. false when no seat is left or the registration is no longer `from`.
 */
export function takeSummitSeat(
	eventId: number,
	registrationId: number,
	from: 'waitlisted' | 'cancelled',
	data: Prisma.RegistrationUpdateWithoutEventInput,
	now: Date,
	companions: Companions = []
): Promise<boolean> {
	return guarded(
		db.event.update({
			where: summitSeatLeft(eventId),
			data: {
				...TAKE_ONE,
				registrations: {
					update: {
						where: { id: registrationId, status: from },
						data: { ...data, status: 'confirmed', confirmedAt: now }
					}
				}
			},
			select: { id: true }
		}),
		companions
	);
}

/** A person on the waitlist gets a seat, and the good news is queued in the same statement. */
export function promoteToSummitSeat(
	eventId: number,
	person: { id: number; email: string },
	now: Date,
	companions: Companions = []
) {
	const mails = { create: { kind: 'waitlist-promotion', toAddress: person.email } };
	return takeSummitSeat(eventId, person.id, 'waitlisted', { mails }, now, companions);
}

/**
 * Cancels a registration that is still `status` and gives back every seat it holds in one statement: the
 * summit's (when confirmed) and each confirmed session's; pending choices are dropped. false when its
 * status or a session seat changed meanwhile (nothing moved).
 */
export function releaseSeats(
	registration: { id: number; status: string; confirmedSessionIds: number[] },
	now: Date,
	companions: Companions = []
): Promise<boolean> {
	const registrationId = registration.id;
	return guarded(
		db.registration.update({
			where: { id: registrationId, status: registration.status },
			data: {
				status: 'cancelled',
				cancelledAt: now,
				...(registration.status === 'confirmed' ? { event: { update: GIVE_BACK_ONE } } : {}),
				sessions: {
					update: registration.confirmedSessionIds.map((sessionId) => ({
						where: { registrationId_sessionId: { registrationId, sessionId }, status: 'confirmed' },
						data: { status: 'cancelled', session: { update: GIVE_BACK_ONE } }
					})),
					updateMany: { where: { status: { in: ['requested', 'waitlisted'] } }, data: { status: 'cancelled' } }
				}
			},
			select: { id: true }
		}),
		companions
	);
}

// Sessions

function takeSessionSeat(
	sessionId: number,
	registrationId: number,
	from: 'requested' | 'waitlisted',
	data: Prisma.RegistrationSessionUpdateWithoutSessionInput = {}
): Promise<boolean> {
	return guarded(
		db.session.update({
			where: { id: sessionId, ...sessionSeatLeft() },
			data: {
				...TAKE_ONE,
				attendees: {
					update: {
						where: { registrationId_sessionId: { registrationId, sessionId }, status: from },
						data: { ...data, status: 'confirmed' }
					}
				}
			},
			select: { id: true }
		})
	);
}

/**
 * A new confirmed registrant's choices, all at once: one statement when every session has a seat (the
 * common case); otherwise one by one, so full sessions waitlist and the others confirm.
 */
export async function settleChoicesOfNewRegistration(
	registrationId: number,
	sessionIds: number[],
	now: Date
): Promise<void> {
	const allSeated = await guarded(
		db.registration.update({
			where: { id: registrationId },
			data: {
				sessions: {
					update: sessionIds.map((sessionId) => ({
						where: { registrationId_sessionId: { registrationId, sessionId }, status: 'requested' },
						data: { status: 'confirmed', session: { update: { where: sessionSeatLeft(), data: TAKE_ONE } } }
					}))
				}
			},
			select: { id: true }
		})
	);
	if (!allSeated) await settleRequestedChoices(registrationId, now);
}

/**
 * Decides a seat for each session a confirmed registrant asked for ("requested"), in programme order:
 * confirmed while seats remain, waitlisted after. Safe to run twice or concurrently: a choice leaves
 * "requested" exactly once.
 */
export async function settleRequestedChoices(registrationId: number, now: Date): Promise<void> {
	const choices = await db.registrationSession.findMany({
		where: { registrationId, status: 'requested', registration: { status: 'confirmed' } },
		orderBy: { session: { startsAt: 'asc' } },
		select: { sessionId: true }
	});
	for (const { sessionId } of choices) {
		if (await takeSessionSeat(sessionId, registrationId, 'requested')) continue;
		// Full, or the choice was settled elsewhere meanwhile: only a still-requested choice joins the waitlist.
		await db.registrationSession.updateMany({
			where: { registrationId, sessionId, status: 'requested' },
			data: { status: 'waitlisted', waitlistedAt: now }
		});
	}
}

/** The first person on a session's waitlist gets its seat, with the mail that tells them. */
export function promoteToSessionSeat(
	sessionId: number,
	person: { registrationId: number; email: string }
): Promise<boolean> {
	const mails = {
		create: { kind: 'session-promotion', toAddress: person.email, payload: JSON.stringify({ sessionId }) }
	};
	return takeSessionSeat(sessionId, person.registrationId, 'waitlisted', { registration: { update: { mails } } });
}

/** Gives up a confirmed session seat (or drops a pending choice). Returns whether a seat was freed. */
export async function releaseSessionSeat(registrationId: number, sessionId: number): Promise<boolean> {
	const key = { registrationId, sessionId };
	const freed = await guarded(
		db.registrationSession.update({
			where: { registrationId_sessionId: key, status: 'confirmed' },
			data: { status: 'cancelled', session: { update: GIVE_BACK_ONE } },
			select: { sessionId: true }
		})
	);
	if (!freed)
		await db.registrationSession.updateMany({
			where: { ...key, status: { in: ['requested', 'waitlisted'] } },
			data: { status: 'cancelled' }
		});
	return freed;
}

/**
 * The condition for lowering a session's capacity, read in the statement that changes it: never below
 * the seats already taken (null, no limit, always holds).
 */
export function seatsTakenAtMost(capacity: number | null) {
	return capacity === null ? {} : { confirmedCount: { lte: capacity } };
}
