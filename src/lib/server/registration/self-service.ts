// What a registrant does from their private link: see their registration, change their sessions and
// their language, download their data, erase it.
import type { Locale } from '$lib/paraglide/runtime';
import { db } from '../db';
import { cancelRegistration } from './cancel';
import { checkSessionChoice, type SessionChoiceProblem } from './choosable';
import { releaseSessionSeat, settleRequestedChoices } from './seats';
import { promoteSessionWaitlist } from './waitlist';

/** 1 for the first person waiting; null when not waitlisted. */
export async function waitlistPosition(registration: {
	id: number;
	eventId: number;
	status: string;
	waitlistedAt: Date | null;
}) {
	if (registration.status !== 'waitlisted' || !registration.waitlistedAt) return null;
	const ahead = await db.registration.count({
		where: {
			eventId: registration.eventId,
			status: 'waitlisted',
			OR: [
				{ waitlistedAt: { lt: registration.waitlistedAt } },
				{ waitlistedAt: registration.waitlistedAt, id: { lt: registration.id } }
			]
		}
	});
	return ahead + 1;
}

/**
 * Makes the registrant's choices exactly `sessionIds`, when each is a session of their event they may
 * choose; otherwise changes nothing and says why.
 */
export async function updateSessionChoices(
	registrationId: number,
	sessionIds: readonly number[],
	now = new Date()
): Promise<{ ok: true } | { ok: false; problem: SessionChoiceProblem }> {
	const { eventId } = await db.registration.findUniqueOrThrow({
		where: { id: registrationId },
		select: { eventId: true }
	});
	const problem = await checkSessionChoice(eventId, sessionIds);
	if (problem) return { ok: false, problem };
	const current = await db.registrationSession.findMany({
		where: { registrationId, status: { not: 'cancelled' } },
		select: { sessionId: true }
	});
	const currentIds = new Set(current.map(({ sessionId }) => sessionId));
	const wanted = new Set(sessionIds);

	for (const sessionId of currentIds) {
		if (wanted.has(sessionId)) continue;
		if (await releaseSessionSeat(registrationId, sessionId)) await promoteSessionWaitlist(sessionId);
	}
	for (const sessionId of wanted) {
		if (currentIds.has(sessionId)) continue;
		// A choice given up earlier comes back to the end of the line, as a new request.
		await db.registrationSession.upsert({
			where: { registrationId_sessionId: { registrationId, sessionId } },
			create: { registrationId, sessionId },
			update: { status: 'requested', waitlistedAt: null, createdAt: now }
		});
	}
	await settleRequestedChoices(registrationId, now);
	return { ok: true };
}

/** Everything held about a registration, for the person it belongs to (PDPO data access). */
export async function exportRegistrationData(registrationId: number) {
	const registration = await db.registration.findUnique({
		where: { id: registrationId },
		include: {
			event: { select: { name: true } },
			sessions: { include: { session: { select: { title: true, startsAt: true, endsAt: true } } } },
			mails: { select: { kind: true, toAddress: true, createdAt: true, sentAt: true } },
			tokens: { select: { createdAt: true } }
		}
	});
	if (!registration) return null;
	const { id: _id, eventId: _eventId, tokens, ...fields } = registration;
	return {
		exportedAt: new Date().toISOString(),
		...fields,
		sessions: registration.sessions.map(({ session, status, createdAt }) => ({
			...session,
			status,
			chosenAt: createdAt
		})),
		privateLinksIssued: tokens.map(({ createdAt }) => createdAt)
	};
}

/**
 * Cancels (so seats pass on), then deletes the registration with its choices and mails. Its private links'
 * rows stay, cut loose (two hashes and a date, nothing about the person), so that the calendar feed an
 * app still polls answers 410 Gone and the app drops it.
 */
export async function eraseRegistration(registrationId: number, now = new Date()): Promise<void> {
	await cancelRegistration(registrationId, now);
	await db.$transaction([
		db.outboxMail.deleteMany({ where: { registrationId } }),
		db.registration.deleteMany({ where: { id: registrationId } })
	]);
}

/**
 * The language of someone's mails, of their calendar feed's words and of the links in both (it started
 * as the language they registered in). Their feed is dropped from the cache by the caller, like any change.
 */
export async function setRegistrationLanguage(registrationId: number, locale: Locale): Promise<void> {
	await db.registration.update({ where: { id: registrationId }, data: { locale } });
}
