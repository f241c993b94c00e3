import { describe, expect, it } from 'vitest';
import { db } from '../db';
import { attendee, createTestEvent } from '../testing/fixtures';
import { addRegistration, cancelRegistrationAsOrganizer, promoteOne, promoteWaitlist } from './registration-actions';

const actor = { id: null, email: 'registration-actions@test.example', ip: '192.0.2.40' };

function entriesFor(references: string[]) {
	return db.auditEntry.findMany({
		where: { entityType: 'registration', entityId: { in: references } },
		orderBy: { id: 'asc' }
	});
}

describe('organizer actions on registrations, each with its audit entry', () => {
	it('adds someone at the door and records who, with the status they got', async () => {
		const { event } = await createTestEvent({ capacity: 1 });
		const added = await addRegistration(actor, event.id, attendee(`door-${event.id}`));
		const waiting = await addRegistration(actor, event.id, attendee(`door-late-${event.id}`));
		if (added.outcome !== 'registered' || waiting.outcome !== 'registered') throw new Error('not registered');
		expect(await db.registration.findUniqueOrThrow({ where: { id: added.id } })).toMatchObject({
			reference: added.reference,
			status: 'confirmed'
		});

		const entries = await entriesFor([added.reference, waiting.reference]);
		expect(
			entries.map((entry) => [entry.action, entry.entityId, JSON.parse(entry.changes).status, entry.actorEmail])
		).toEqual([
			['registration.add', added.reference, 'confirmed', actor.email],
			['registration.add', waiting.reference, 'waitlisted', actor.email]
		]);
		// An address registered already: no change, so no entry.
		expect(await addRegistration(actor, event.id, attendee(`door-${event.id}`))).toEqual({
			outcome: 'already-registered'
		});
		expect(
			await db.auditEntry.count({ where: { action: 'registration.add', summary: `Attendee door-${event.id}` } })
		).toBe(1);
	});

	it('cancels once, with one entry giving the status it ended, however many organizers press at once', async () => {
		const { event } = await createTestEvent({ capacity: 5 });
		const added = await addRegistration(actor, event.id, attendee(`cancel-${event.id}`));
		if (added.outcome !== 'registered') throw new Error(added.outcome);
		const presses = await Promise.all([1, 2, 3].map(() => cancelRegistrationAsOrganizer(actor, event.id, added.id)));
		expect(presses.filter((press) => press.ok && press.cancelled)).toHaveLength(1);
		const entries = (await entriesFor([added.reference])).filter((entry) => entry.action === 'registration.cancel');
		expect(entries.map((entry) => JSON.parse(entry.changes))).toEqual([{ status: ['confirmed', 'cancelled'] }]);
		expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).confirmedCount).toBe(0);
	});

	it('promotes one person or the whole line, one entry per person promoted, none when no seat is free', async () => {
		const { event } = await createTestEvent({ capacity: 1 });
		const people = [];
		for (const n of [1, 2, 3, 4]) {
			const result = await addRegistration(actor, event.id, attendee(`line-${event.id}-${n}`));
			if (result.outcome !== 'registered') throw new Error(result.outcome);
			people.push(result);
		}
		const [, second, third, fourth] = people as [
			(typeof people)[0],
			(typeof people)[0],
			(typeof people)[0],
			(typeof people)[0]
		];
		expect(await promoteOne(actor, event.id, fourth.id)).toBe('full');
		expect(await db.auditEntry.count({ where: { action: 'registration.promote', entityId: fourth.reference } })).toBe(
			0
		);

		await db.event.update({ where: { id: event.id }, data: { capacity: 2 } });
		expect(await promoteOne(actor, event.id, fourth.id)).toBe('promoted');
		await db.event.update({ where: { id: event.id }, data: { capacity: 4 } });
		expect(await promoteWaitlist(actor, event.id)).toEqual([second.id, third.id]);

		const entries = (await entriesFor(people.map((person) => person.reference))).filter((entry) =>
			entry.action.startsWith('registration.promote')
		);
		expect(entries.map((entry) => [entry.action, entry.entityId, entry.summary])).toEqual([
			['registration.promote', fourth.reference, `Attendee line-${event.id}-4`],
			['registration.promote-waitlist', second.reference, `Attendee line-${event.id}-2`],
			['registration.promote-waitlist', third.reference, `Attendee line-${event.id}-3`]
		]);
		expect(entries.every((entry) => entry.changes === JSON.stringify({ status: ['waitlisted', 'confirmed'] }))).toBe(
			true
		);
	});
});
