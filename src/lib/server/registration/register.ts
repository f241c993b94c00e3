// Registering for the summit. The registration, its private link, its session choices and its
// confirmation mail are written in one statement, so a person is told "registered" only about a
// registration that is complete and will be mailed, whatever happens to the process next. The mail
// goes out once its session choices are decided (the drainer waits for that: mail/outbox.ts).
import { baseLocale, type Locale } from '$lib/paraglide/runtime';
import { db } from '../db';
import { isPrismaError } from '../db/prisma-errors';
import { commitTogether, type Companions } from '../db/together';
import { cachedValue } from '../cache/content-cache';
import { settleChoicesOfNewRegistration, takeSummitSeat, takeSummitSeatForNew, type NewSeatHolder } from './seats';
import { checkSessionChoice, inProgrammeOrder, type SessionChoiceProblem } from './choosable';
import { writeNewRegistration } from './new-registration';
import { calendarFeedToken, generateReference, generateRegistrationToken, hashRegistrationToken } from './tokens';
import { normaliseEmail } from '../forms/text';
import type { RegistrationInput } from './validation';
import { registrationWindow, type RegistrationWindow } from '../agenda/stage';

// The window's rule lives with the summit's stages; it is re-exported for the callers that ask here.
export { registrationWindow, type RegistrationWindow } from '../agenda/stage';

export type SeatStatus = 'confirmed' | 'waitlisted';

export type RegisterResult =
	| { outcome: 'registered'; registrationId: number; reference: string; status: SeatStatus; token: string }
	| { outcome: 'already-registered' }
	| { outcome: RegistrationWindow & ('not-open' | 'closed') }
	/** A chosen session is not one a registrant of this event may choose (a break, cancelled, another event's). */
	| { outcome: SessionChoiceProblem };

type RegisterOptions = {
	now?: Date;
	/** The language of the page the form was sent from: the person's mails and calendar are in it. */
	locale?: Locale;
	ignoreWindow?: boolean;
	/** Writes that commit with the registration (an organizer's audit entry), given what it became. */
	commitWith?: (registered: { reference: string; status: SeatStatus }) => Companions;
};

/** Attempts at a fresh reference code when one clashes (40 random bits: practically never). */
const REFERENCE_ATTEMPTS = 3;

/**
 * At most one "your link" mail per registration in this time. Someone who lost their link gets one at
 * once; a script (or an impatient person) posting the same address again and again floods no inbox and
 * wears out no sending reputation. Each repeat still gets the same answer, so the page reveals nothing.
 */
export const LINK_MAIL_INTERVAL_MS = 5 * 60_000;

/**
 * The input has been validated as a form; which of its sessions may be chosen is decided here, since that
 * needs the database.
 */
export async function register(
	eventId: number,
	input: RegistrationInput,
	options: RegisterOptions = {}
): Promise<RegisterResult> {
	const now = options.now ?? new Date();
	const window = registrationWindow(await getRegistrationWindow(eventId), now);
	if (window !== 'open' && !options.ignoreWindow) return { outcome: window };
	const choiceProblem = await checkSessionChoice(eventId, input.sessionIds);
	if (choiceProblem) return { outcome: choiceProblem };

	const emailNormalised = normaliseEmail(input.email);
	for (let attempt = 1; ; attempt++) {
		const token = generateRegistrationToken();
		const tokenHash = hashRegistrationToken(token);
		const reference = generateReference();
		const mail = { kind: 'registration-confirmation', toAddress: input.email, payload: JSON.stringify({ token }) };
		const registration: NewSeatHolder = {
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
			locale: options.locale ?? baseLocale,
			tokens: { create: { tokenHash } },
			sessions: { create: input.sessionIds.map((sessionId) => ({ sessionId })) },
			mails: { create: mail }
		};
		try {
			// No look-up first: the unique (event, email) constraint is what refuses a second registration.
			const { id, status } = options.commitWith
				? await createWithSeatOrWaitlist(eventId, registration, now, options.commitWith)
				: await writeNewRegistration({
						...registration,
						eventId,
						needs: input.needs,
						newsOptIn: input.newsOptIn,
						locale: registration.locale ?? baseLocale,
						now,
						tokenHash,
						feedTokenHash: hashRegistrationToken(calendarFeedToken(token)),
						sessionIds: await inProgrammeOrder(eventId, input.sessionIds),
						mail
					});
			// The SQL write settles the choices itself; an organizer's (with its audit entry) goes through Prisma.
			if (options.commitWith && status === 'confirmed' && input.sessionIds.length > 0)
				await settleChoicesOfNewRegistration(id, input.sessionIds, now);
			return { outcome: 'registered', registrationId: id, reference, status, token };
		} catch (error) {
			if (!isPrismaError(error, 'P2002')) throw error;
			// Either the same email registered before (or a moment ago), or the reference clashed.
			const existing = await db.registration.findUnique({
				where: { eventId_emailNormalised: { eventId, emailNormalised } },
				select: { id: true, email: true, status: true, reference: true }
			});
			if (existing?.status === 'cancelled') {
				const status = await reactivate(eventId, existing, registration, now, options.commitWith);
				if (status) {
					if (status === 'confirmed' && input.sessionIds.length > 0)
						await settleChoicesOfNewRegistration(existing.id, input.sessionIds, now);
					return { outcome: 'registered', registrationId: existing.id, reference: existing.reference, status, token };
				}
				continue; // it changed meanwhile: look again
			}
			if (existing) {
				await sendAnotherLink(existing, now);
				return { outcome: 'already-registered' };
			}
			if (attempt >= REFERENCE_ATTEMPTS) throw error;
		}
	}
}

/** The window changes a few times a year; a second-old copy is fine (seats are decided in SQL). */
function getRegistrationWindow(eventId: number) {
	return cachedValue(`registration-window:${eventId}`, 1_000, () =>
		db.event.findUniqueOrThrow({
			where: { id: eventId },
			select: { registrationOpensAt: true, registrationClosesAt: true, endsAt: true }
		})
	);
}

async function createWithSeatOrWaitlist(
	eventId: number,
	registration: NewSeatHolder,
	now: Date,
	commitWith: RegisterOptions['commitWith']
): Promise<{ id: number; status: SeatStatus }> {
	const { reference } = registration;
	const seated = await takeSummitSeatForNew(
		eventId,
		registration,
		now,
		commitWith?.({ reference, status: 'confirmed' })
	);
	if (seated !== null) return { id: seated, status: 'confirmed' };
	const { id } = await commitTogether(
		db.registration.create({
			data: { ...registration, event: { connect: { id: eventId } }, status: 'waitlisted', waitlistedAt: now },
			select: { id: true }
		}),
		commitWith?.({ reference, status: 'waitlisted' })
	);
	return { id, status: 'waitlisted' };
}

/**
 * Someone who cancelled registers again: the same row (and reference) takes the new details, choices, link
 * and confirmation, with a seat if one is left. null when the registration is no longer cancelled.
 */
async function reactivate(
	eventId: number,
	existing: { id: number; reference: string },
	registration: NewSeatHolder,
	now: Date,
	commitWith: RegisterOptions['commitWith']
): Promise<SeatStatus | null> {
	const { reference: _keepTheOldReference, sessions, ...fields } = registration;
	const data = { ...fields, cancelledAt: null, sessions: { deleteMany: {}, ...sessions } };
	const { reference } = existing;
	if (
		await takeSummitSeat(eventId, existing.id, 'cancelled', data, now, commitWith?.({ reference, status: 'confirmed' }))
	)
		return 'confirmed';
	try {
		await commitTogether(
			db.registration.update({
				where: { id: existing.id, status: 'cancelled' },
				data: { ...data, status: 'waitlisted', waitlistedAt: now },
				select: { id: true }
			}),
			commitWith?.({ reference, status: 'waitlisted' })
		);
		return 'waitlisted';
	} catch (error) {
		if (isPrismaError(error, 'P2025')) return null;
		throw error;
	}
}

/**
 * A new private link for an existing registration, mailed to the address on file (not to what was typed
 * now, which differs at most in case and spaces). Earlier links keep working. Nothing when a link was
 * mailed less than LINK_MAIL_INTERVAL_MS ago: the guard is read in the same statement as the write, so
 * repeats posted at once queue one mail between them.
 */
async function sendAnotherLink(registration: { id: number; email: string }, now: Date): Promise<void> {
	const token = generateRegistrationToken();
	const mailedBefore = new Date(now.getTime() - LINK_MAIL_INTERVAL_MS);
	try {
		await db.registration.update({
			where: { id: registration.id, OR: [{ linkMailedAt: null }, { linkMailedAt: { lte: mailedBefore } }] },
			data: {
				linkMailedAt: now,
				tokens: { create: { tokenHash: hashRegistrationToken(token) } },
				mails: {
					create: { kind: 'registration-link', toAddress: registration.email, payload: JSON.stringify({ token }) }
				}
			},
			select: { id: true }
		});
	} catch (error) {
		// Mailed a moment ago: that mail is on its way.
		if (!isPrismaError(error, 'P2025')) throw error;
	}
}
