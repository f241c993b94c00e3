import { afterAll, describe, expect, it } from 'vitest';
import { db } from '../db';
import { getCurrentEvent } from '../agenda/event';
import { checkInById, checkInByReference, findAttendees, undoCheckIn, UNDO_WINDOW_MS } from './checkin';
import { readReference } from './reference';

// Registrations written here (in the seeded event, without taking seats) are deleted afterwards.
const actor = { id: null, email: 'door@checkin-test.example', ip: '192.0.2.40' };
const DOMAIN = '@checkin-test.example';

async function registration(
	fullName: string,
	status: 'confirmed' | 'waitlisted' | 'cancelled',
	organisation = 'BioMap',
	needs = ''
) {
	const event = await getCurrentEvent();
	const code = crypto
		.randomUUID()
		.replace(/-/g, '')
		.slice(0, 8)
		.toUpperCase()
		.replace(/[ILOU]/g, 'X');
	return db.registration.create({
		data: {
			eventId: event.id,
			reference: `BCS-${code.slice(0, 4)}-${code.slice(4)}`,
			email: `${crypto.randomUUID().slice(0, 8)}${DOMAIN}`,
			emailNormalised: `${crypto.randomUUID()}${DOMAIN}`,
			fullName,
			organisation,
			jobTitle: 'Scientist',
			category: 'academia',
			country: 'HK',
			needs,
			consentedAt: new Date(),
			status
		}
	});
}

afterAll(async () => {
	await db.registration.deleteMany({ where: { email: { endsWith: DOMAIN } } });
});

describe('checking in at the door', () => {
	it('checks a confirmed attendee in once; a second scan reports the first time', async () => {
		const event = await getCurrentEvent();
		const person = await registration('陳大文 Chan Tai Man', 'confirmed', 'BioMap', 'Vegetarian; step-free access');
		const first = new Date('2024-06-24T01:05:00Z');
		const typed = person.reference.toLowerCase().replace(/-/g, ' ');
		const seen = {
			id: person.id,
			name: person.fullName,
			reference: person.reference,
			jobTitle: 'Scientist',
			organisation: 'BioMap',
			needs: 'Vegetarian; step-free access'
		};
		expect(await checkInByReference(actor, event.id, typed, first)).toEqual({
			outcome: 'checked-in',
			...seen,
			at: first
		});
		expect(await checkInByReference(actor, event.id, person.reference, new Date('2024-06-24T01:20:00Z'))).toEqual({
			outcome: 'already',
			...seen,
			at: first
		});
		expect((await db.registration.findUniqueOrThrow({ where: { id: person.id } })).checkedInAt).toEqual(first);
		expect(await db.auditEntry.count({ where: { action: 'registration.check-in', entityId: person.reference } })).toBe(
			1
		);
	});

	it('two doors scanning at once check in once', async () => {
		const event = await getCurrentEvent();
		const person = await registration('Parallel Person', 'confirmed');
		const results = await Promise.all(
			[0, 1, 2].map((i) => checkInById(actor, event.id, person.id, new Date(Date.UTC(2024, 5, 24, 1, 0, i))))
		);
		expect(results.filter((r) => r.outcome === 'checked-in')).toHaveLength(1);
		expect(results.filter((r) => r.outcome === 'already')).toHaveLength(2);
		expect(await db.auditEntry.count({ where: { action: 'registration.check-in', entityId: person.reference } })).toBe(
			1
		);
	});

	it('refuses cancelled and waitlisted registrations and unknown codes', async () => {
		const event = await getCurrentEvent();
		const cancelled = await registration('Cancelled Person', 'cancelled');
		const waiting = await registration('Waiting Person', 'waitlisted');
		expect(await checkInByReference(actor, event.id, cancelled.reference)).toMatchObject({ outcome: 'cancelled' });
		expect(await checkInByReference(actor, event.id, waiting.reference)).toMatchObject({ outcome: 'waitlisted' });
		expect(await checkInByReference(actor, event.id, 'BCS-0000-0000')).toEqual({ outcome: 'not-found' });
		expect((await db.registration.findUniqueOrThrow({ where: { id: waiting.id } })).checkedInAt).toBeNull();
	});

	it('finds attendees by any part of the name, ignoring case and accents, in Chinese too', async () => {
		const event = await getCurrentEvent();
		await registration('Zoë Wong-Lam', 'confirmed', 'Hong Kong Science Park');
		await registration('黃美玲', 'waitlisted');
		await registration('Zoe Gone', 'cancelled');
		expect((await findAttendees(event.id, 'zoe')).map((r) => r.fullName)).toEqual(['Zoë Wong-Lam']);
		expect((await findAttendees(event.id, 'science park')).map((r) => r.fullName)).toEqual(['Zoë Wong-Lam']);
		expect((await findAttendees(event.id, '美玲')).map((r) => r.fullName)).toEqual(['黃美玲']);
		expect(await findAttendees(event.id, '   ')).toEqual([]);
	});

	it('reads O as 0 and I or L as 1 in a typed reference, as Crockford intends', async () => {
		const event = await getCurrentEvent();
		const made = await registration('Crockford Reader', 'confirmed');
		// A code with 0s and 1s, typed with the letters people take them for.
		const reference = `BCS-01${made.reference.slice(6, 8)}-1${made.reference.slice(10)}`;
		const person = await db.registration.update({ where: { id: made.id }, data: { reference } });
		const misread = `oi${reference.slice(6, 8).toLowerCase()} L${reference.slice(10)}`;
		const result = await checkInByReference(actor, event.id, misread, new Date('2024-06-24T01:30:00Z'));
		expect(result).toMatchObject({ outcome: 'checked-in', reference: person.reference });
	});

	it('checks in a code that starts with the prefix’s letters, typed without the prefix', async () => {
		const event = await getCurrentEvent();
		const made = await registration('Prefix Lookalike', 'confirmed');
		const person = await db.registration.update({ where: { id: made.id }, data: { reference: 'BCS-BCS7-K4P2' } });
		expect(await checkInByReference(actor, event.id, 'bcs7 k4p2', new Date('2024-06-24T01:40:00Z'))).toMatchObject({
			outcome: 'checked-in',
			id: person.id
		});
	});

	it('undoes a check-in within two minutes, audited, and refuses after', async () => {
		const event = await getCurrentEvent();
		const person = await registration('Undo Person', 'confirmed');
		const at = new Date('2024-06-24T02:00:00Z');
		await checkInById(actor, event.id, person.id, at);
		const later = (ms: number) => new Date(at.getTime() + ms);
		expect(await undoCheckIn(actor, event.id, person.id, later(UNDO_WINDOW_MS))).toEqual({
			outcome: 'undone',
			name: person.fullName,
			reference: person.reference
		});
		expect((await db.registration.findUniqueOrThrow({ where: { id: person.id } })).checkedInAt).toBeNull();
		const undone = await db.auditEntry.findFirstOrThrow({
			where: { action: 'registration.undo-check-in', entityId: person.reference }
		});
		expect(JSON.parse(undone.changes)).toEqual({ checkedInAt: [at.toISOString(), null] });
		expect(await undoCheckIn(actor, event.id, person.id, later(UNDO_WINDOW_MS))).toMatchObject({
			outcome: 'not-checked-in'
		});

		const again = new Date('2024-06-24T02:10:00Z');
		await checkInById(actor, event.id, person.id, again);
		expect(await undoCheckIn(actor, event.id, person.id, new Date(again.getTime() + UNDO_WINDOW_MS + 1))).toMatchObject(
			{ outcome: 'too-late' }
		);
		expect((await db.registration.findUniqueOrThrow({ where: { id: person.id } })).checkedInAt).toEqual(again);
		expect(
			await db.auditEntry.count({ where: { action: 'registration.undo-check-in', entityId: person.reference } })
		).toBe(1);
	});
});

describe('reading a typed reference', () => {
	it('forgives case, spaces, dashes and a missing prefix', () => {
		for (const typed of ['BCS-7K4P-2QXM', 'bcs-7k4p-2qxm', ' bcs 7k4p 2qxm ', 'BCS7K4P2QXM', '7k4p-2qxm', '7K4P 2QXM'])
			expect(readReference(typed), typed).toBe('BCS-7K4P-2QXM');
	});

	it('reads O as 0 and I or L as 1 in the code, the letters references never hold', () => {
		expect(readReference('bcs-o1io-lL0o')).toBe('BCS-0110-1100');
		expect(readReference('OIL0 1234')).toBe('BCS-0110-1234');
	});

	it('takes eight characters as the code alone, even when they start with the prefix’s letters', () => {
		expect(readReference('BCS7-K4P2')).toBe('BCS-BCS7-K4P2');
		expect(readReference('BCS-BCS7-K4P2')).toBe('BCS-BCS7-K4P2');
	});

	it('keeps U, which no reading makes a digit, and leaves other shapes as typed, upper-cased', () => {
		expect(readReference('BCS-UUUU-0000')).toBe('BCS-UUUU-0000');
		expect(readReference(' bcs-7k4p ')).toBe('BCS-7K4P');
		expect(readReference('XYZ-7K4P-2QXM')).toBe('XYZ-7K4P-2QXM');
	});
});
