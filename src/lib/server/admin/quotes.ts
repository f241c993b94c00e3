// Organizers keeping the quotes on the home page: a speaker's exact words, who said them (a speaker of the
// same edition) and where. The words are stored as typed (only the site's character policy applies), never
// retouched. Each change is one transaction with its audit entry and the content-version bump.
import { z } from 'zod';
import { db } from '../db';
import { isPrismaError } from '../db/prisma-errors';
import { auditEntry, changedFields, createdFields, type Actor } from '../audit/audit';
import { commitContentChange } from '../cache/content-version';
import type { FieldProblems } from '../forms';
import { optionalId, text } from '../forms/fields';
import { moved, orderChange, sameOrder, type Direction } from './ordering';
import { availableSlug } from './slugs';

export const quoteSchema = z.object({
	speakerId: optionalId().refine((id) => id !== null, 'required'),
	text: text({ max: 1200, required: true, multiline: true }),
	source: text({ max: 200 })
});

export type QuoteInput = z.output<typeof quoteSchema>;

type Refused = { ok: false; problems: FieldProblems; notFound?: true };
const refused = (field: string, code: string): Refused => ({
	ok: false,
	problems: { [field]: { code } },
	...(code === 'not-found' ? { notFound: true as const } : {})
});

const SPEAKER = { select: { id: true, slug: true, name: true, honorific: true } } as const;

export function listQuotesForAdmin(eventId: number) {
	return db.quote.findMany({
		where: { eventId },
		orderBy: [{ position: 'asc' }, { id: 'asc' }],
		include: { speaker: SPEAKER }
	});
}

export function getQuote(eventId: number, id: number) {
	return db.quote.findFirst({ where: { eventId, id }, include: { speaker: SPEAKER } });
}

/** The speakers a quote may be given to: those of the edition, in the speakers page's order. */
export function listQuoteSpeakers(eventId: number) {
	return db.speaker.findMany({
		where: { eventId },
		orderBy: [{ displayOrder: 'asc' }, { id: 'asc' }],
		select: { id: true, name: true, honorific: true }
	});
}

function speakerOf(eventId: number, id: number | null) {
	return id === null
		? null
		: db.speaker.findFirst({ where: { eventId, id }, select: { id: true, slug: true, name: true } });
}

export async function createQuote(actor: Actor, eventId: number, input: QuoteInput) {
	const speaker = await speakerOf(eventId, input.speakerId);
	if (!speaker) return refused('speakerId', 'invalid');
	const existing = await db.quote.findMany({ where: { eventId }, select: { key: true, position: true } });
	const values = {
		eventId,
		// The key only tells quotes apart (the seed's upsert finds its own by it); nobody types it.
		key: availableSlug(
			`${speaker.slug}-quote`,
			new Set(existing.map((quote) => quote.key)),
			`quote-${Date.now().toString(36)}`
		),
		speakerId: speaker.id,
		text: input.text,
		source: input.source,
		position: Math.max(-1, ...existing.map((quote) => quote.position)) + 1
	};
	const [quote] = await commitContentChange([
		db.quote.create({ data: values }),
		auditEntry(actor, {
			action: 'quote.create',
			entityType: 'quote',
			entityId: values.key,
			summary: speaker.name,
			changes: createdFields({ ...values, speaker: speaker.name })
		})
	]);
	return { ok: true as const, quote, speaker: speaker.name };
}

export async function updateQuote(actor: Actor, eventId: number, id: number, input: QuoteInput) {
	const before = await getQuote(eventId, id);
	if (!before) return refused('form', 'not-found');
	const speaker = await speakerOf(eventId, input.speakerId);
	if (!speaker) return refused('speakerId', 'invalid');
	const after = { speakerId: speaker.id, text: input.text, source: input.source };
	const changes = changedFields({ ...before, speaker: before.speaker.name }, { ...after, speaker: speaker.name });
	if (Object.keys(changes).length === 0) return { ok: true as const, speaker: speaker.name };
	await commitContentChange([
		db.quote.update({ where: { id }, data: after }),
		auditEntry(actor, {
			action: 'quote.update',
			entityType: 'quote',
			entityId: before.key,
			summary: speaker.name,
			changes
		})
	]);
	return { ok: true as const, speaker: speaker.name };
}

export async function deleteQuote(actor: Actor, eventId: number, id: number) {
	const quote = await getQuote(eventId, id);
	if (!quote) return { ok: false as const };
	try {
		await commitContentChange([
			db.quote.delete({ where: { id } }),
			auditEntry(actor, {
				action: 'quote.delete',
				entityType: 'quote',
				entityId: quote.key,
				summary: quote.speaker.name,
				changes: createdFields({ speaker: quote.speaker.name, text: quote.text, source: quote.source })
			})
		]);
	} catch (error) {
		// Deleted by someone else since it was read: nothing left to delete.
		if (isPrismaError(error, 'P2025')) return { ok: false as const };
		throw error;
	}
	return { ok: true as const, speaker: quote.speaker.name };
}

export async function moveQuote(actor: Actor, eventId: number, id: number, direction: Direction): Promise<boolean> {
	const before = (await listQuotesForAdmin(eventId)).map((quote) => quote.id);
	const after = moved(before, id, direction);
	if (!after) return false;
	if (sameOrder(before, after)) return true;
	await commitContentChange([
		...after.map((quoteId, position) => db.quote.update({ where: { id: quoteId, eventId }, data: { position } })),
		auditEntry(actor, { action: 'quote.reorder', entityType: 'quote', changes: orderChange(before, after) })
	]);
	return true;
}
