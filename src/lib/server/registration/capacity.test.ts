import { describe, expect, it } from 'vitest';
import { db } from '../db';
import { attendee, createTestEvent } from '../testing/fixtures';
import { cancelRegistration } from './cancel';
import { register } from './register';
import { updateSessionChoices, waitlistPosition } from './self-service';
import { promoteRegistration } from './waitlist';

describe('capacity and waitlist', () => {
	it('confirms exactly the capacity under 200 simultaneous registrations and waitlists the rest', async () => {
		const { event } = await createTestEvent({ capacity: 50 });
		const results = await Promise.all(
			Array.from({ length: 200 }, (_, n) => register(event.id, attendee(`load-${event.id}-${n}`)))
		);

		expect(results.filter((r) => r.outcome === 'registered' && r.status === 'confirmed')).toHaveLength(50);
		expect(results.filter((r) => r.outcome === 'registered' && r.status === 'waitlisted')).toHaveLength(150);
		const rows = await db.registration.findMany({ where: { eventId: event.id } });
		expect(rows).toHaveLength(200);
		expect(rows.filter((r) => r.status === 'confirmed')).toHaveLength(50);
		expect(new Set(rows.map((r) => r.emailNormalised)).size).toBe(200);
		expect(new Set(rows.map((r) => r.reference)).size).toBe(200);
		expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).confirmedCount).toBe(50);
		// Every registration has its link and its confirmation mail, written with it.
		expect(await db.registrationToken.count({ where: { registration: { eventId: event.id } } })).toBe(200);
		expect(
			await db.outboxMail.count({ where: { kind: 'registration-confirmation', registration: { eventId: event.id } } })
		).toBe(200);
	});

	it('never makes two registrations of one email, whatever its case and spaces, even when sent at once', async () => {
		const { event } = await createTestEvent({ capacity: 10 });
		const email = `twice-${event.id}@example.com`;
		const results = await Promise.all(
			[email, email.toUpperCase(), `  ${email} `, email].map((address, n) =>
				register(event.id, attendee(n, { email: address }))
			)
		);
		expect(results.filter((r) => r.outcome === 'registered')).toHaveLength(1);
		expect(results.filter((r) => r.outcome === 'already-registered')).toHaveLength(3);
		expect(await db.registration.count({ where: { eventId: event.id } })).toBe(1);
		// Repeats at once mail one fresh link between them (LINK_MAIL_INTERVAL_MS); both links open the registration.
		expect(
			await db.outboxMail.count({ where: { kind: 'registration-link', registration: { eventId: event.id } } })
		).toBe(1);
		expect(await db.registrationToken.count({ where: { registration: { eventId: event.id } } })).toBe(2);
	});

	it('promotes the first person waiting when someone cancels, and queues the good news', async () => {
		const { event } = await createTestEvent({ capacity: 2 });
		const outcomes = [];
		for (const n of [1, 2, 3, 4]) outcomes.push(await register(event.id, attendee(`promo-${event.id}-${n}`)));
		expect(outcomes.map((r) => r.outcome === 'registered' && r.status)).toEqual([
			'confirmed',
			'confirmed',
			'waitlisted',
			'waitlisted'
		]);

		const byName = async (n: number) =>
			db.registration.findFirstOrThrow({ where: { eventId: event.id, fullName: `Attendee promo-${event.id}-${n}` } });
		expect(await waitlistPosition(await byName(3))).toBe(1);
		expect(await waitlistPosition(await byName(4))).toBe(2);

		expect(await cancelRegistration((await byName(1)).id)).toEqual({ cancelled: true });
		expect((await byName(1)).status).toBe('cancelled');
		expect((await byName(3)).status).toBe('confirmed');
		expect((await byName(4)).status).toBe('waitlisted');
		expect(await waitlistPosition(await byName(4))).toBe(1);
		expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).confirmedCount).toBe(2);
		const promotion = await db.outboxMail.findMany({
			where: { kind: 'waitlist-promotion', registration: { eventId: event.id } },
			include: { registration: true }
		});
		expect(promotion.map((mail) => mail.registration?.fullName)).toEqual([`Attendee promo-${event.id}-3`]);

		// Cancelling twice changes nothing and frees no second seat.
		expect(await cancelRegistration((await byName(1)).id)).toEqual({ cancelled: false });
		expect((await byName(4)).status).toBe('waitlisted');
	});

	it('keeps a session to its own capacity, with its own waitlist', async () => {
		const { event, sessionIds } = await createTestEvent({ capacity: null, sessionCapacities: [2, null] });
		const [small, open] = sessionIds as [number, number];
		const regs = [];
		for (const n of [1, 2, 3]) {
			const result = await register(event.id, attendee(`room-${event.id}-${n}`, { sessionIds: [small, open] }));
			expect(result).toMatchObject({ outcome: 'registered', status: 'confirmed' });
			regs.push(
				await db.registration.findFirstOrThrow({
					where: { eventId: event.id, fullName: `Attendee room-${event.id}-${n}` }
				})
			);
		}
		const choiceStatus = async (registrationId: number, sessionId: number) =>
			(
				await db.registrationSession.findUniqueOrThrow({
					where: { registrationId_sessionId: { registrationId, sessionId } }
				})
			).status;
		expect(await Promise.all(regs.map((r) => choiceStatus(r.id, small)))).toEqual([
			'confirmed',
			'confirmed',
			'waitlisted'
		]);
		expect(await Promise.all(regs.map((r) => choiceStatus(r.id, open)))).toEqual([
			'confirmed',
			'confirmed',
			'confirmed'
		]);

		// The first attendee drops the small session: the third gets the seat and a mail about it.
		await updateSessionChoices(regs[0]!.id, [open]);
		expect(await Promise.all(regs.map((r) => choiceStatus(r.id, small)))).toEqual([
			'cancelled',
			'confirmed',
			'confirmed'
		]);
		expect((await db.session.findUniqueOrThrow({ where: { id: small } })).confirmedCount).toBe(2);
		const mails = await db.outboxMail.findMany({ where: { kind: 'session-promotion', registrationId: regs[2]!.id } });
		expect(mails.map((mail) => JSON.parse(mail.payload))).toEqual([{ sessionId: small }]);

		// Choosing it again puts them at the end of the line.
		await updateSessionChoices(regs[0]!.id, [open, small]);
		expect(await choiceStatus(regs[0]!.id, small)).toBe('waitlisted');
	});

	it('a waitlisted registrant holds no session seat until promoted', async () => {
		const { event, sessionIds } = await createTestEvent({ capacity: 1, sessionCapacities: [5] });
		const [session] = sessionIds as [number];
		await register(event.id, attendee(`hold-${event.id}-1`, { sessionIds: [session] }));
		await register(event.id, attendee(`hold-${event.id}-2`, { sessionIds: [session] }));
		const second = await db.registration.findFirstOrThrow({
			where: { eventId: event.id, status: 'waitlisted' },
			include: { sessions: true }
		});
		expect(second.sessions.map((choice) => choice.status)).toEqual(['requested']);
		expect((await db.session.findUniqueOrThrow({ where: { id: session } })).confirmedCount).toBe(1);

		const first = await db.registration.findFirstOrThrow({ where: { eventId: event.id, status: 'confirmed' } });
		await cancelRegistration(first.id);
		const promoted = await db.registration.findUniqueOrThrow({ where: { id: second.id }, include: { sessions: true } });
		expect(promoted.status).toBe('confirmed');
		expect(promoted.sessions.map((choice) => choice.status)).toEqual(['confirmed']);
		expect((await db.session.findUniqueOrThrow({ where: { id: session } })).confirmedCount).toBe(1);
	});

	it('takes back someone who cancelled, with a seat if one is left', async () => {
		const { event, sessionIds } = await createTestEvent({ capacity: 1, sessionCapacities: [null] });
		const email = `again-${event.id}@example.com`;
		const first = await register(event.id, attendee(`again-${event.id}`, { email }));
		const registration = await db.registration.findFirstOrThrow({ where: { eventId: event.id } });
		await cancelRegistration(registration.id);

		const again = await register(
			event.id,
			attendee(`again-${event.id}-2`, { email, fullName: 'New Name', sessionIds })
		);
		expect(again).toMatchObject({ outcome: 'registered', status: 'confirmed' });
		expect(again.outcome === 'registered' && first.outcome === 'registered' && again.reference).toBe(
			first.outcome === 'registered' && first.reference
		);
		const back = await db.registration.findUniqueOrThrow({
			where: { id: registration.id },
			include: { sessions: true }
		});
		expect(back).toMatchObject({ status: 'confirmed', fullName: 'New Name', cancelledAt: null });
		expect(back.sessions.map((choice) => choice.status)).toEqual(['confirmed']);
		expect(await db.registration.count({ where: { eventId: event.id } })).toBe(1);
		expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).confirmedCount).toBe(1);
	});

	it('lets an organizer give a free seat to one person ahead of the line, and never beyond capacity', async () => {
		const { event } = await createTestEvent({ capacity: 1 });
		for (const n of [1, 2, 3]) await register(event.id, attendee(`pick-${event.id}-${n}`));
		const third = await db.registration.findFirstOrThrow({
			where: { eventId: event.id, fullName: `Attendee pick-${event.id}-3` }
		});
		expect(await promoteRegistration(event.id, third.id)).toBe('full');

		await db.event.update({ where: { id: event.id }, data: { capacity: 2 } });
		expect(await promoteRegistration(event.id, third.id)).toBe('promoted');
		expect(await promoteRegistration(event.id, third.id)).toBe('not-waitlisted');
		const statuses = await db.registration.findMany({
			where: { eventId: event.id },
			orderBy: { id: 'asc' },
			select: { status: true }
		});
		expect(statuses.map((r) => r.status)).toEqual(['confirmed', 'waitlisted', 'confirmed']);
		expect(await db.outboxMail.count({ where: { kind: 'waitlist-promotion', registrationId: third.id } })).toBe(1);
	});

	it('refuses registrations outside the window', async () => {
		const { event } = await createTestEvent({ capacity: 10 });
		await db.event.update({
			where: { id: event.id },
			data: { registrationClosesAt: new Date('2024-06-01T00:00:00Z') }
		});
		expect(await register(event.id, attendee(`late-${event.id}`), { now: new Date('2024-06-02T00:00:00Z') })).toEqual({
			outcome: 'closed'
		});
		expect(await register(event.id, attendee(`early-${event.id}`), { now: new Date('2018-12-01T00:00:00Z') })).toEqual({
			outcome: 'not-open'
		});
		expect(await db.registration.count({ where: { eventId: event.id } })).toBe(0);
		// Organizers may still add someone at the door.
		const atTheDoor = await register(event.id, attendee(`door-${event.id}`), {
			now: new Date('2024-06-02T00:00:00Z'),
			ignoreWindow: true
		});
		expect(atTheDoor).toMatchObject({ outcome: 'registered', status: 'confirmed' });
	});
});
