import { afterAll, describe, expect, it } from 'vitest';
import { db } from '../db';
import { parseWith } from '../forms';
import { fieldErrors } from '$lib/i18n/form-errors';
import { roomWords } from '$lib/i18n/form-words';
import { createTestEvent } from '../testing/fixtures';
import { createRoom, deleteRoom, moveRoom, roomSchema, updateRoom, type RoomInput } from './rooms';

const actor = { id: null, email: 'rooms-test@test.example', ip: '192.0.2.12' };
const events: number[] = [];

async function testEvent() {
	const { event, sessionIds } = await createTestEvent({ capacity: null, sessionCapacities: [null] });
	events.push(event.id);
	return { eventId: event.id, sessionIds };
}

function input(overrides: Record<string, unknown> = {}): RoomInput {
	const parsed = parseWith(roomSchema, { name: 'Main Hall', capacity: '', ...overrides });
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
	return parsed.data;
}

afterAll(async () => {
	await db.event.deleteMany({ where: { id: { in: events } } });
});

describe('the room form', () => {
	it('reads a capacity hint as a whole number or nothing', () => {
		expect(input().capacity).toBeNull();
		expect(input({ capacity: ' 80 ' }).capacity).toBe(80);
		for (const capacity of ['0', '-3', '1.5', 'eighty', '100001', '080']) {
			const parsed = parseWith(roomSchema, { name: 'Hall', capacity });
			expect(parsed, capacity).toEqual({ ok: false, problems: { capacity: { code: 'invalid' } } });
			expect(parsed.ok ? null : fieldErrors(parsed.problems, roomWords).capacity).toBe(
				'Enter the capacity as a whole number from 1 to 100000, or leave it empty'
			);
		}
	});
});

describe('keeping rooms', () => {
	it('adds, changes and moves rooms, each audited with what changed; a clash writes nothing', async () => {
		const { eventId } = await testEvent();
		const hall = await createRoom(actor, eventId, input());
		const lounge = await createRoom(actor, eventId, input({ name: 'Fireside Lounge', capacity: '80' }));
		if (!hall.ok || !lounge.ok) throw new Error('not created');
		expect([lounge.room.slug, lounge.room.capacity, lounge.room.position]).toEqual(['fireside-lounge', 80, 1]);

		expect(await updateRoom(actor, eventId, hall.room.id, input({ capacity: '300' }))).toEqual({ ok: true });
		const entry = await db.auditEntry.findFirstOrThrow({
			where: { action: 'room.update', entityId: 'main-hall' },
			orderBy: { id: 'desc' }
		});
		expect(JSON.parse(entry.changes)).toEqual({ capacity: [null, 300] });

		const audited = await db.auditEntry.count();
		expect(await createRoom(actor, eventId, input({ name: 'Hall B', slug: 'main-hall' }))).toEqual({
			ok: false,
			problems: { slug: { code: 'taken' } }
		});
		expect(await db.room.count({ where: { eventId } })).toBe(2);
		expect(await db.auditEntry.count()).toBe(audited);

		expect(await moveRoom(actor, eventId, lounge.room.id, 'up')).toBe(true);
		const order = await db.room.findMany({ where: { eventId }, orderBy: { position: 'asc' }, select: { slug: true } });
		expect(order.map((room) => room.slug)).toEqual(['fireside-lounge', 'main-hall']);
	});

	it('refuses to delete a room that sessions use, naming them', async () => {
		const { eventId, sessionIds } = await testEvent();
		const hall = await createRoom(actor, eventId, input());
		if (!hall.ok) throw new Error('not created');
		await db.session.update({ where: { id: sessionIds[0] }, data: { roomId: hall.room.id } });
		expect(await deleteRoom(actor, eventId, hall.room.id)).toEqual({
			ok: false,
			error: 'in-use',
			name: 'Main Hall',
			sessions: ['Session 0']
		});
		expect(await db.room.count({ where: { id: hall.room.id } })).toBe(1);
		await db.session.update({ where: { id: sessionIds[0] }, data: { roomId: null } });
		expect(await deleteRoom(actor, eventId, hall.room.id)).toEqual({ ok: true, name: 'Main Hall' });
		expect(await db.auditEntry.count({ where: { action: 'room.delete', entityId: 'main-hall' } })).toBeGreaterThan(0);
	});
});
