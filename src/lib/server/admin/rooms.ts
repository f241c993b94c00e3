// Organizers keeping the venue's rooms: name, a capacity hint and order. Each change is one transaction with
// its audit entry and the content-version bump that renews public pages; a room that sessions use is not removed.
import { z } from 'zod';
import { db } from '../db';
import { isPrismaError } from '../db/prisma-errors';
import { auditEntry, changedFields, createdFields, type Actor } from '../audit/audit';
import { commitContentChange } from '../cache/content-version';
import type { FieldProblems } from '../forms';
import { text } from '../forms/fields';
import { optionalSlug } from './form-fields';
import { moved, orderChange, sameOrder, type Direction } from './ordering';
import { availableSlug } from './slugs';
import { translationShape, translationsFromForm } from '../content/form';
import { changedTranslations } from '../content/translations';
import type { RemoveResult } from './tracks';

export const ROOM_CAPACITY_MAX = 100_000;

/** How many people the room holds, as a hint (seats are counted per session): empty for unknown. */
const capacityHint = z.preprocess(
	(value) => (value === undefined || value === null ? '' : value),
	z
		.string('invalid')
		.trim()
		.regex(/^(|[1-9]\d{0,5})$/, 'invalid')
		.transform((value) => (value === '' ? null : Number(value)))
		.refine((value) => value === null || value <= ROOM_CAPACITY_MAX, 'invalid')
);

/** The room's text fields organizers translate, with the English field's limits. */
export const ROOM_TEXT = { name: { max: 80 }, description: { max: 500, multiline: true } };

export const roomSchema = z.object({
	name: text({ max: 80, required: true }),
	slug: optionalSlug,
	description: text({ max: 500, multiline: true }),
	capacity: capacityHint,
	...translationShape(ROOM_TEXT)
});

export type RoomInput = z.output<typeof roomSchema>;

type Refused = { ok: false; problems: FieldProblems; notFound?: true };
const refused = (field: string, code: string): Refused => ({
	ok: false,
	problems: { [field]: { code } },
	...(code === 'not-found' ? { notFound: true as const } : {})
});

export function listRoomsForAdmin(eventId: number) {
	return db.room.findMany({
		where: { eventId },
		orderBy: [{ position: 'asc' }, { id: 'asc' }],
		select: { id: true, slug: true, name: true, capacity: true, _count: { select: { sessions: true } } }
	});
}

export function getRoomForEdit(eventId: number, id: number) {
	return db.room.findFirst({
		where: { eventId, id },
		include: { sessions: { select: { title: true }, orderBy: [{ startsAt: 'asc' }, { id: 'asc' }] } }
	});
}

export async function createRoom(actor: Actor, eventId: number, input: RoomInput) {
	const existing = await db.room.findMany({ where: { eventId }, select: { slug: true, position: true } });
	const taken = new Set(existing.map((room) => room.slug));
	if (input.slug && taken.has(input.slug)) return refused('slug', 'taken');
	const values = {
		eventId,
		slug: input.slug || availableSlug(input.name, taken, `room-${Date.now().toString(36)}`),
		name: input.name,
		description: input.description,
		capacity: input.capacity,
		position: Math.max(-1, ...existing.map((room) => room.position)) + 1,
		translations: translationsFromForm(input, ROOM_TEXT)
	};
	try {
		const [room] = await commitContentChange([
			db.room.create({ data: values }),
			auditEntry(actor, {
				action: 'room.create',
				entityType: 'room',
				entityId: values.slug,
				summary: values.name,
				changes: createdFields(values)
			})
		]);
		return { ok: true as const, room };
	} catch (error) {
		if (isPrismaError(error, 'P2002')) return refused('slug', 'taken');
		throw error;
	}
}

export async function updateRoom(actor: Actor, eventId: number, id: number, input: RoomInput) {
	const before = await getRoomForEdit(eventId, id);
	if (!before) return refused('form', 'not-found');
	const after = { name: input.name, description: input.description, capacity: input.capacity };
	const translations = translationsFromForm(input, ROOM_TEXT);
	const changes = { ...changedFields(before, after), ...changedTranslations(before.translations, translations) };
	if (Object.keys(changes).length === 0) return { ok: true as const };
	await commitContentChange([
		db.room.update({ where: { id }, data: { ...after, translations } }),
		auditEntry(actor, {
			action: 'room.update',
			entityType: 'room',
			entityId: before.slug,
			summary: input.name,
			changes
		})
	]);
	return { ok: true as const };
}

export async function deleteRoom(actor: Actor, eventId: number, id: number): Promise<RemoveResult> {
	const room = await getRoomForEdit(eventId, id);
	if (!room) return { ok: false, error: 'not-found' };
	if (room.sessions.length > 0)
		return { ok: false, error: 'in-use', name: room.name, sessions: room.sessions.map((s) => s.title) };
	try {
		await commitContentChange([
			// The guard is in the statement too: a session moved here since the check keeps the room (P2025).
			db.room.delete({ where: { id, sessions: { none: {} } } }),
			auditEntry(actor, {
				action: 'room.delete',
				entityType: 'room',
				entityId: room.slug,
				summary: room.name,
				changes: createdFields({ name: room.name, capacity: room.capacity, description: room.description })
			})
		]);
	} catch (error) {
		if (isPrismaError(error, 'P2025')) return deleteRoom(actor, eventId, id);
		throw error;
	}
	return { ok: true, name: room.name };
}

export async function moveRoom(actor: Actor, eventId: number, id: number, direction: Direction): Promise<boolean> {
	const before = (await listRoomsForAdmin(eventId)).map((room) => room.id);
	const after = moved(before, id, direction);
	if (!after) return false;
	if (sameOrder(before, after)) return true;
	await commitContentChange([
		...after.map((roomId, position) => db.room.update({ where: { id: roomId, eventId }, data: { position } })),
		auditEntry(actor, { action: 'room.reorder', entityType: 'room', changes: orderChange(before, after) })
	]);
	return true;
}
