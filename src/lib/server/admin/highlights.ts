// Organizers keeping the home page's highlights ("Why it matters"): a title, a short text and, optionally, a
// headline figure with its label. Each change is one transaction with its audit entry and the content-version
// bump that renews public pages.
import { z } from 'zod';
import { db } from '../db';
import { isPrismaError } from '../db/prisma-errors';
import { auditEntry, changedFields, createdFields, type Actor } from '../audit/audit';
import { commitContentChange } from '../cache/content-version';
import type { FieldProblems } from '../forms';
import { addProblem, text } from '../forms/fields';
import { moved, orderChange, sameOrder, type Direction } from './ordering';
import { availableSlug } from './slugs';
import { translationShape, translationsFromForm } from '../content/form';
import { changedTranslations } from '../content/translations';

/** The highlight's text fields organizers translate, with the English field's limits. */
export const HIGHLIGHT_TEXT = { title: { max: 120 }, body: { max: 800, multiline: true }, figureLabel: { max: 120 } };

export const highlightSchema = z
	.object({
		title: text({ max: 120, required: true }),
		body: text({ max: 800, required: true, multiline: true }),
		figure: text({ max: 24 }),
		figureLabel: text({ max: 120 }),
		...translationShape(HIGHLIGHT_TEXT)
	})
	.superRefine((input, context) => {
		// A figure without its label says nothing, and a label without its figure has nothing to label.
		if (input.figure && !input.figureLabel) addProblem(context, { code: 'required' }, ['figureLabel']);
		if (input.figureLabel && !input.figure) addProblem(context, { code: 'required' }, ['figure']);
	});

export type HighlightInput = z.output<typeof highlightSchema>;

const notFound = (): { ok: false; problems: FieldProblems; notFound: true } => ({
	ok: false,
	problems: { form: { code: 'not-found' } },
	notFound: true
});

export function listHighlightsForAdmin(eventId: number) {
	return db.highlight.findMany({ where: { eventId }, orderBy: [{ position: 'asc' }, { id: 'asc' }] });
}

export function getHighlight(eventId: number, id: number) {
	return db.highlight.findFirst({ where: { eventId, id } });
}

const stored = (input: HighlightInput) => ({
	title: input.title,
	body: input.body,
	figure: input.figure || null,
	figureLabel: input.figureLabel || null
});

export async function createHighlight(actor: Actor, eventId: number, input: HighlightInput) {
	const existing = await db.highlight.findMany({ where: { eventId }, select: { key: true, position: true } });
	const values = {
		eventId,
		// The key only tells highlights apart (the seed's upsert finds its own by it); nobody types it.
		key: availableSlug(
			input.title,
			new Set(existing.map((highlight) => highlight.key)),
			`highlight-${Date.now().toString(36)}`
		),
		...stored(input),
		translations: translationsFromForm(input, HIGHLIGHT_TEXT),
		position: Math.max(-1, ...existing.map((highlight) => highlight.position)) + 1
	};
	const [highlight] = await commitContentChange([
		db.highlight.create({ data: values }),
		auditEntry(actor, {
			action: 'highlight.create',
			entityType: 'highlight',
			entityId: values.key,
			summary: values.title,
			changes: createdFields(values)
		})
	]);
	return { ok: true as const, highlight };
}

export async function updateHighlight(actor: Actor, eventId: number, id: number, input: HighlightInput) {
	const before = await getHighlight(eventId, id);
	if (!before) return notFound();
	const after = stored(input);
	const translations = translationsFromForm(input, HIGHLIGHT_TEXT);
	const changes = { ...changedFields(before, after), ...changedTranslations(before.translations, translations) };
	if (Object.keys(changes).length === 0) return { ok: true as const };
	await commitContentChange([
		db.highlight.update({ where: { id }, data: { ...after, translations } }),
		auditEntry(actor, {
			action: 'highlight.update',
			entityType: 'highlight',
			entityId: before.key,
			summary: input.title,
			changes
		})
	]);
	return { ok: true as const };
}

export async function deleteHighlight(actor: Actor, eventId: number, id: number) {
	const highlight = await getHighlight(eventId, id);
	if (!highlight) return { ok: false as const };
	try {
		await commitContentChange([
			db.highlight.delete({ where: { id } }),
			auditEntry(actor, {
				action: 'highlight.delete',
				entityType: 'highlight',
				entityId: highlight.key,
				summary: highlight.title,
				changes: createdFields({
					title: highlight.title,
					body: highlight.body,
					figure: highlight.figure,
					figureLabel: highlight.figureLabel
				})
			})
		]);
	} catch (error) {
		// Deleted by someone else since it was read: nothing left to delete.
		if (isPrismaError(error, 'P2025')) return { ok: false as const };
		throw error;
	}
	return { ok: true as const, title: highlight.title };
}

export async function moveHighlight(actor: Actor, eventId: number, id: number, direction: Direction): Promise<boolean> {
	const before = (await listHighlightsForAdmin(eventId)).map((highlight) => highlight.id);
	const after = moved(before, id, direction);
	if (!after) return false;
	if (sameOrder(before, after)) return true;
	await commitContentChange([
		...after.map((highlightId, position) =>
			db.highlight.update({ where: { id: highlightId, eventId }, data: { position } })
		),
		auditEntry(actor, { action: 'highlight.reorder', entityType: 'highlight', changes: orderChange(before, after) })
	]);
	return true;
}
