// Organizers keeping the programme's tracks: name, colour and order. Each change is one transaction with its
// audit entry and the content-version bump that renews public pages. A colour must stay readable where the
// site draws it (./contrast.ts); a track that sessions use is not removed.
import { z } from 'zod';
import { db } from '../db';
import { isPrismaError } from '../db/prisma-errors';
import { auditEntry, changedFields, createdFields, type Actor } from '../audit/audit';
import { commitContentChange } from '../cache/content-version';
import type { FieldProblems } from '../forms';
import { addProblem, text } from '../forms/fields';
import { AA_CONTRAST, contrastRatio } from './contrast';
import { optionalSlug } from './form-fields';
import { moved, orderChange, sameOrder, type Direction } from './ordering';
import { availableSlug } from './slugs';
import { translationShape, translationsFromForm } from '../content/form';
import { changedTranslations } from '../content/translations';

// The agenda draws the colour as a stripe on white cards and as a dot on the pale track tag (#e6efed). At
// 4.5:1 against white (as white text on it would need), the dot still reaches 3.8:1 on the tag, above the
// 3:1 WCAG asks of graphics (1.4.11), and a later design may write white text on the colour.
const DRAWN_ON = '#ffffff';

/** `<input type="color">` always sends "#rrggbb"; a typed value may be upper-case. */
const colour = z
	.string('required')
	.trim()
	.toLowerCase()
	.regex(/^#[0-9a-f]{6}$/, 'invalid')
	.superRefine((value, context) => {
		const ratio = contrastRatio(value, DRAWN_ON);
		if (ratio < AA_CONTRAST)
			addProblem(context, { code: 'low-contrast', ratio: Math.floor(ratio * 10) / 10, min: AA_CONTRAST });
	});

/** The track's text fields organizers translate, with the English field's limits. */
export const TRACK_TEXT = { name: { max: 80 }, description: { max: 500, multiline: true } };

export const trackSchema = z.object({
	name: text({ max: 80, required: true }),
	slug: optionalSlug,
	description: text({ max: 500, multiline: true }),
	color: colour,
	...translationShape(TRACK_TEXT)
});

export type TrackInput = z.output<typeof trackSchema>;

type Refused = { ok: false; problems: FieldProblems; notFound?: true };
const refused = (field: string, code: string): Refused => ({
	ok: false,
	problems: { [field]: { code } },
	...(code === 'not-found' ? { notFound: true as const } : {})
});

export function listTracksForAdmin(eventId: number) {
	return db.track.findMany({
		where: { eventId },
		orderBy: [{ position: 'asc' }, { id: 'asc' }],
		select: { id: true, slug: true, name: true, color: true, _count: { select: { sessions: true } } }
	});
}

export function getTrackForEdit(eventId: number, id: number) {
	return db.track.findFirst({
		where: { eventId, id },
		include: { sessions: { select: { title: true }, orderBy: [{ startsAt: 'asc' }, { id: 'asc' }] } }
	});
}

export async function createTrack(actor: Actor, eventId: number, input: TrackInput) {
	const existing = await db.track.findMany({ where: { eventId }, select: { slug: true, position: true } });
	const taken = new Set(existing.map((track) => track.slug));
	if (input.slug && taken.has(input.slug)) return refused('slug', 'taken');
	const values = {
		eventId,
		slug: input.slug || availableSlug(input.name, taken, `track-${Date.now().toString(36)}`),
		name: input.name,
		description: input.description,
		color: input.color,
		position: Math.max(-1, ...existing.map((track) => track.position)) + 1,
		translations: translationsFromForm(input, TRACK_TEXT)
	};
	try {
		const [track] = await commitContentChange([
			db.track.create({ data: values }),
			auditEntry(actor, {
				action: 'track.create',
				entityType: 'track',
				entityId: values.slug,
				summary: values.name,
				changes: createdFields(values)
			})
		]);
		return { ok: true as const, track };
	} catch (error) {
		if (isPrismaError(error, 'P2002')) return refused('slug', 'taken');
		throw error;
	}
}

/** The web address stays: it is in the agenda's filter links and in subscribed track calendars. */
export async function updateTrack(actor: Actor, eventId: number, id: number, input: TrackInput) {
	const before = await getTrackForEdit(eventId, id);
	if (!before) return refused('form', 'not-found');
	const after = { name: input.name, description: input.description, color: input.color };
	const translations = translationsFromForm(input, TRACK_TEXT);
	const changes = { ...changedFields(before, after), ...changedTranslations(before.translations, translations) };
	if (Object.keys(changes).length === 0) return { ok: true as const };
	await commitContentChange([
		db.track.update({ where: { id }, data: { ...after, translations } }),
		auditEntry(actor, {
			action: 'track.update',
			entityType: 'track',
			entityId: before.slug,
			summary: input.name,
			changes
		})
	]);
	return { ok: true as const };
}

export type RemoveResult =
	| { ok: true; name: string }
	| { ok: false; error: 'not-found' }
	| { ok: false; error: 'in-use'; name: string; sessions: string[] };

export async function deleteTrack(actor: Actor, eventId: number, id: number): Promise<RemoveResult> {
	const track = await getTrackForEdit(eventId, id);
	if (!track) return { ok: false, error: 'not-found' };
	if (track.sessions.length > 0)
		return { ok: false, error: 'in-use', name: track.name, sessions: track.sessions.map((s) => s.title) };
	try {
		await commitContentChange([
			// The guard is in the statement too: a session given this track since the check keeps it (P2025).
			db.track.delete({ where: { id, sessions: { none: {} } } }),
			auditEntry(actor, {
				action: 'track.delete',
				entityType: 'track',
				entityId: track.slug,
				summary: track.name,
				changes: createdFields({ name: track.name, color: track.color, description: track.description })
			})
		]);
	} catch (error) {
		if (isPrismaError(error, 'P2025')) return deleteTrack(actor, eventId, id);
		throw error;
	}
	return { ok: true, name: track.name };
}

export async function moveTrack(actor: Actor, eventId: number, id: number, direction: Direction): Promise<boolean> {
	const before = (await listTracksForAdmin(eventId)).map((track) => track.id);
	const after = moved(before, id, direction);
	if (!after) return false;
	if (sameOrder(before, after)) return true;
	await commitContentChange([
		...after.map((trackId, position) => db.track.update({ where: { id: trackId, eventId }, data: { position } })),
		auditEntry(actor, { action: 'track.reorder', entityType: 'track', changes: orderChange(before, after) })
	]);
	return true;
}
