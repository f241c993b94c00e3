// Organizer actions on registrations, through the registration domain's own verbs (seats, waitlists and
// mails are its business). Each audit entry commits in the same transaction as the change it records:
// the verb runs it as a companion of its own statement (`commitWith`), so a change that loses a race
// (a seat taken meanwhile, a registration already cancelled) leaves no entry, and no change is unrecorded.
import { db } from '../db';
import { now } from '../clock';
import { auditEntry, type Actor } from '../audit/audit';
import { cancelRegistration } from '../registration/cancel';
import { register } from '../registration/register';
import type { RegistrationInput } from '../registration/validation';
import { promoteFromWaitlist, promoteRegistration, type PromotedPerson } from '../registration/waitlist';
import type { Locale } from '$lib/paraglide/runtime';

/** `locale`: the organizer's, the best guess for a person who chose none (their mails are in it). */
export async function addRegistration(actor: Actor, eventId: number, input: RegistrationInput, locale?: Locale) {
	// Organizers may add someone at the door after the public window has closed.
	const result = await register(eventId, input, {
		ignoreWindow: true,
		locale,
		commitWith: ({ reference, status }) => [
			auditEntry(actor, {
				action: 'registration.add',
				entityType: 'registration',
				entityId: reference,
				summary: input.fullName,
				changes: { email: input.email, category: input.category, status, sessions: input.sessionIds.join(',') }
			})
		]
	});
	if (result.outcome !== 'registered') return result;
	return { ...result, id: result.registrationId };
}

export async function cancelRegistrationAsOrganizer(actor: Actor, eventId: number, id: number) {
	const registration = await db.registration.findFirst({
		where: { eventId, id },
		select: { reference: true, fullName: true }
	});
	if (!registration) return { ok: false as const, error: 'not-found' as const };
	const { cancelled } = await cancelRegistration(id, now(), {
		commitWith: ({ status }) => [
			auditEntry(actor, {
				action: 'registration.cancel',
				entityType: 'registration',
				entityId: registration.reference,
				summary: registration.fullName,
				changes: { status: [status, 'cancelled'] }
			})
		]
	});
	return { ok: true as const, cancelled };
}

const promotionEntry = (actor: Actor, action: string) => (person: PromotedPerson) => [
	auditEntry(actor, {
		action,
		entityType: 'registration',
		entityId: person.reference,
		summary: person.fullName,
		changes: { status: ['waitlisted', 'confirmed'] }
	})
];

/** Gives a free seat to this person, ahead of the waitlist's order. */
export function promoteOne(actor: Actor, eventId: number, id: number) {
	return promoteRegistration(eventId, id, now(), { commitWith: promotionEntry(actor, 'registration.promote') });
}

/** Gives free seats to the waitlist in its order; returns who moved (one audit entry each, with their seat). */
export function promoteWaitlist(actor: Actor, eventId: number) {
	return promoteFromWaitlist(eventId, now(), {
		commitWith: promotionEntry(actor, 'registration.promote-waitlist')
	});
}

export async function recordExport(actor: Actor, count: number, filters: Record<string, unknown>) {
	await auditEntry(actor, {
		action: 'registration.export',
		entityType: 'registration',
		summary: `${count}`,
		changes: Object.fromEntries(
			Object.entries(filters).map(([key, value]) => [key, value === null || value === undefined ? null : String(value)])
		)
	});
}
