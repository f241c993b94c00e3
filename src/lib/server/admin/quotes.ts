// Organizers keeping the quotes on the home page: a speaker's exact words, who said them (a speaker of the
// same edition) and where. The words are stored as typed (only the site's character policy applies), never
// retouched. Each change is one transaction with its audit entry and the content-version bump.
import { z } from 'zod';
import { db } from '../db';
import { isPrismaError } from '../db/prisma-errors';
import { auditEntry, changedFields, createdFields, type Actor } from '../audit/audit';
import { commitContentChange } from '../cache/content-version';
import type { FieldProblems } from '../forms';
import { addProblem, choice, optionalId, text } from '../forms/fields';
import {
	changedTranslations,
	parseTranslations,
	serialiseTranslations,
	translationOf,
	type Translations
} from '../content/translations';
import { locales } from '$lib/paraglide/runtime';
import { moved, orderChange, sameOrder, type Direction } from './ordering';
import { availableSlug } from './slugs';

const QUOTE_TEXT = { max: 1200, multiline: true };

/**
 * The words as said, the language they were said in, and the organizer's translations into the other
 * languages (`text:<locale>`), entered as translations: a quote is never translated by the site. A
 * translation into the language the words were said in is refused (`same-language`).
 */
export const quoteSchema = z
	.object({
		speakerId: optionalId().refine((id) => id !== null, 'required'),
		text: text({ ...QUOTE_TEXT, required: true }),
		source: text({ max: 200 }),
		// Forms from before quotes had a language post none: the press release's words are English.
		language: z.preprocess((value) => value ?? 'en', choice(locales)),
		'text:en': text(QUOTE_TEXT),
		'text:zh-hk': text(QUOTE_TEXT),
		'text:zh-cn': text(QUOTE_TEXT)
	})
	.superRefine((input, context) => {
		if (input[`text:${input.language}`]) addProblem(context, { code: 'same-language' }, [`text:${input.language}`]);
	});

/** The form's translation fields filled from the stored JSON. */
export function quoteTranslationValues(json: string): Record<string, string> {
	const translations = parseTranslations(json);
	return Object.fromEntries(locales.map((locale) => [`text:${locale}`, translationOf(translations, locale, 'text')]));
}

/** The stored JSON of a quote form's translations. */
function quoteTranslations(input: QuoteInput): string {
	const translations: Translations = {};
	for (const locale of locales) {
		const translation = input[`text:${locale}`];
		if (translation && locale !== input.language) translations[locale] = { text: translation };
	}
	return serialiseTranslations(translations);
}

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
		language: input.language,
		translations: quoteTranslations(input),
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
	const after = { speakerId: speaker.id, text: input.text, source: input.source, language: input.language };
	const translations = quoteTranslations(input);
	const changes = {
		...changedFields({ ...before, speaker: before.speaker.name }, { ...after, speaker: speaker.name }),
		...changedTranslations(before.translations, translations)
	};
	if (Object.keys(changes).length === 0) return { ok: true as const, speaker: speaker.name };
	await commitContentChange([
		db.quote.update({ where: { id }, data: { ...after, translations } }),
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
