// Organizer actions on registrations, through the registration domain's own functions (seats, waitlists
// and mails are its business), each followed by its audit entry. The audit entry cannot share the
// domain's transaction, so it is written right after the change succeeds.
import { db } from '../db';
import { auditEntry, type Actor } from '../audit/audit';
import { cancelRegistration } from '../registration/cancel';
import { register, type RegisterResult } from '../registration/register';
import type { RegistrationInput } from '../registration/validation';
import { promoteFromWaitlist, promoteRegistration } from '../registration/waitlist';

export async function addRegistration(actor: Actor, eventId: number, input: RegistrationInput) {
	// Organizers may add someone at the door after the public window has closed.
	const result: RegisterResult = await register(eventId, input, { ignoreWindow: true });
	if (result.outcome !== 'registered') return result;
	const { id } = await db.registration.findUniqueOrThrow({ where: { reference: result.reference }, select: { id: true } });
	await auditEntry(actor, {
		action: 'registration.add',
		entityType: 'registration',
		entityId: result.reference,
		summary: input.fullName,
		changes: { email: input.email, category: input.category, status: result.status, sessions: input.sessionIds.join(',') }
	});
	return { ...result, id };
}

export async function cancelRegistrationAsOrganizer(actor: Actor, eventId: number, id: number) {
	const registration = await db.registration.findFirst({ where: { eventId, id }, select: { reference: true, fullName: true, status: true } });
	if (!registration) return { ok: false as const, error: 'not-found' as const };
	const { cancelled } = await cancelRegistration(id);
	if (cancelled) {
		await auditEntry(actor, {
			action: 'registration.cancel',
			entityType: 'registration',
			entityId: registration.reference,
			summary: registration.fullName,
			changes: { status: [registration.status, 'cancelled'] }
		});
	}
	return { ok: true as const, cancelled };
}

/** Gives a free seat to this person, ahead of the waitlist's order. */
export async function promoteOne(actor: Actor, eventId: number, id: number) {
	const outcome = await promoteRegistration(eventId, id);
	if (outcome === 'promoted') {
		const person = await db.registration.findUniqueOrThrow({ where: { id }, select: { reference: true, fullName: true } });
		await auditEntry(actor, {
			action: 'registration.promote',
			entityType: 'registration',
			entityId: person.reference,
			summary: person.fullName,
			changes: { status: ['waitlisted', 'confirmed'] }
		});
	}
	return outcome;
}

/** Gives free seats to the waitlist in its order; returns who moved. */
export async function promoteWaitlist(actor: Actor, eventId: number) {
	const promoted = await promoteFromWaitlist(eventId);
	if (promoted.length > 0) {
		const people = await db.registration.findMany({ where: { id: { in: promoted } }, select: { reference: true } });
		await auditEntry(actor, {
			action: 'registration.promote-waitlist',
			entityType: 'registration',
			summary: `${promoted.length}`,
			changes: { promoted: people.map((p) => p.reference).join(', ') }
		});
	}
	return promoted;
}

export async function recordExport(actor: Actor, count: number, filters: Record<string, unknown>) {
	await auditEntry(actor, {
		action: 'registration.export',
		entityType: 'registration',
		summary: `${count}`,
		changes: Object.fromEntries(Object.entries(filters).map(([key, value]) => [key, value === null || value === undefined ? null : String(value)]))
	});
}
