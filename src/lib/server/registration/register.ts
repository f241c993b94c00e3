// Registering for the summit. The registration, its private link, its session choices and its
// confirmation mail are written in one statement, so a person is told "registered" only about a
// registration that is complete and will be mailed, whatever happens to the process next.
import type { Prisma } from '../../../generated/sqlite/client';
import { db } from '../db';
import { isPrismaError } from '../db/prisma-errors';
import { nudgeMailDrainer } from '../mail/outbox';
import { cachedValue } from '../cache/content-cache';
import { eventSeatGuard, settleChoicesOfNewRegistration } from './seats';
import { generateReference, generateRegistrationToken, hashRegistrationToken } from './tokens';
import { normaliseEmail, type RegistrationInput } from './validation';

export type RegistrationWindow = 'open' | 'not-open' | 'closed';

export function registrationWindow(
	event: { registrationOpensAt: Date | null; registrationClosesAt: Date | null },
	now: Date
): RegistrationWindow {
	if (!event.registrationOpensAt || now < event.registrationOpensAt) return 'not-open';
	if (event.registrationClosesAt && now >= event.registrationClosesAt) return 'closed';
	return 'open';
}

export type RegisterResult =
	| { outcome: 'registered'; reference: string; status: 'confirmed' | 'waitlisted'; token: string }
	| { outcome: 'already-registered' }
	| { outcome: RegistrationWindow & ('not-open' | 'closed') };

/** Attempts at a fresh reference code when one clashes (40 random bits: practically never). */
const REFERENCE_ATTEMPTS = 3;

/**
 * The input has been validated; its session ids are choosable sessions of this event.
 */
export async function register(
	eventId: number,
	input: RegistrationInput,
	options: { now?: Date; ignoreWindow?: boolean } = {}
): Promise<RegisterResult> {
	const now = options.now ?? new Date();
	const window = registrationWindow(await getRegistrationWindow(eventId), now);
	if (window !== 'open' && !options.ignoreWindow) return { outcome: window };

	const emailNormalised = normaliseEmail(input.email);
	for (let attempt = 1; ; attempt++) {
		const token = generateRegistrationToken();
		const reference = generateReference();
		const registration: NewRegistration = {
			reference,
			email: input.email,
			emailNormalised,
			fullName: input.fullName,
			organisation: input.organisation,
			jobTitle: input.jobTitle,
			category: input.category,
			country: input.country,
			needs: input.needs,
			newsOptIn: input.newsOptIn,
			consentedAt: now,
			tokens: { create: { tokenHash: hashRegistrationToken(token) } },
			sessions: { create: input.sessionIds.map((sessionId) => ({ sessionId })) },
			mails: {
				create: { kind: 'registration-confirmation', toAddress: input.email, payload: JSON.stringify({ token }) }
			}
		};
		try {
			// No look-up first: the unique (event, email) constraint is what refuses a second registration.
			const { id, status } = await createWithSeatOrWaitlist(eventId, registration, now);
			if (status === 'confirmed' && input.sessionIds.length > 0) await settleChoicesOfNewRegistration(id, input.sessionIds, now);
			nudgeMailDrainer();
			return { outcome: 'registered', reference, status, token };
		} catch (error) {
			if (!isPrismaError(error, 'P2002')) throw error;
			// Either the same email registered before (or a moment ago), or the reference clashed.
			const existing = await db.registration.findUnique({
				where: { eventId_emailNormalised: { eventId, emailNormalised } },
				select: { id: true, email: true, status: true, reference: true }
			});
			if (existing?.status === 'cancelled') {
				const status = await reactivate(eventId, existing.id, registration, now);
				if (status) {
					if (status === 'confirmed' && input.sessionIds.length > 0) await settleChoicesOfNewRegistration(existing.id, input.sessionIds, now);
					nudgeMailDrainer();
					return { outcome: 'registered', reference: existing.reference, status, token };
				}
				continue; // it changed meanwhile: look again
			}
			if (existing) {
				await sendAnotherLink(existing);
				return { outcome: 'already-registered' };
			}
			if (attempt >= REFERENCE_ATTEMPTS) throw error;
		}
	}
}

/** The window changes a few times a year; a second-old copy is fine (seats are decided in SQL). */
function getRegistrationWindow(eventId: number) {
	return cachedValue(`registration-window:${eventId}`, 1_000, () =>
		db.event.findUniqueOrThrow({ where: { id: eventId }, select: { registrationOpensAt: true, registrationClosesAt: true } })
	);
}

type NewRegistration = Omit<Prisma.RegistrationCreateWithoutEventInput, 'status'>;

async function createWithSeatOrWaitlist(
	eventId: number,
	registration: NewRegistration,
	now: Date
): Promise<{ id: number; status: 'confirmed' | 'waitlisted' }> {
	try {
		const event = await db.event.update({
			where: eventSeatGuard(eventId),
			data: {
				confirmedCount: { increment: 1 },
				registrations: { create: { ...registration, status: 'confirmed', confirmedAt: now } }
			},
			select: { registrations: { where: { reference: registration.reference }, select: { id: true } } }
		});
		return { id: event.registrations[0]!.id, status: 'confirmed' };
	} catch (error) {
		if (!isPrismaError(error, 'P2025')) throw error;
	}
	const { id } = await db.registration.create({
		data: { ...registration, event: { connect: { id: eventId } }, status: 'waitlisted', waitlistedAt: now },
		select: { id: true }
	});
	return { id, status: 'waitlisted' };
}

/**
 * Someone who cancelled registers again: the same row (and reference) takes the new details, choices, link
 * and confirmation, with a seat if one is left. null when the registration is no longer cancelled.
 */
async function reactivate(
	eventId: number,
	registrationId: number,
	registration: NewRegistration,
	now: Date
): Promise<'confirmed' | 'waitlisted' | null> {
	const { reference: _keepTheOldReference, sessions, ...fields } = registration;
	const data = { ...fields, cancelledAt: null, sessions: { deleteMany: {}, ...sessions } };
	const where = { id: registrationId, status: 'cancelled' };
	try {
		await db.event.update({
			where: eventSeatGuard(eventId),
			data: { confirmedCount: { increment: 1 }, registrations: { update: { where, data: { ...data, status: 'confirmed', confirmedAt: now } } } },
			select: { id: true }
		});
		return 'confirmed';
	} catch (error) {
		if (!isPrismaError(error, 'P2025')) throw error;
	}
	try {
		await db.registration.update({ where, data: { ...data, status: 'waitlisted', waitlistedAt: now }, select: { id: true } });
		return 'waitlisted';
	} catch (error) {
		if (isPrismaError(error, 'P2025')) return null;
		throw error;
	}
}

/**
 * A new private link for an existing registration, mailed to the address on file (not to what was typed
 * now, which differs at most in case and spaces). Earlier links keep working.
 */
async function sendAnotherLink(registration: { id: number; email: string }): Promise<void> {
	const token = generateRegistrationToken();
	await db.registration.update({
		where: { id: registration.id },
		data: {
			tokens: { create: { tokenHash: hashRegistrationToken(token) } },
			mails: { create: { kind: 'registration-link', toAddress: registration.email, payload: JSON.stringify({ token }) } }
		},
		select: { id: true }
	});
	nudgeMailDrainer();
}
