// Chinese versions of what organizers type, stored as JSON beside the English on each record
// (`translations`: { "zh-hk": { title: "…" }, "zh-cn": { title: "…" } }). Which fields each kind of
// record translates; reading the JSON tolerantly; writing it back without empty entries.
import { z } from 'zod';
import type { Locale } from '$lib/paraglide/runtime';

/** The locales an organizer writes versions for; English is the record's own columns. */
export const TRANSLATION_LOCALES = ['zh-hk', 'zh-cn'] as const satisfies readonly Locale[];
export type TranslationLocale = (typeof TRANSLATION_LOCALES)[number];

/** The text fields each kind of record translates. A quote's words are not here: see quotes.ts. */
export const TRANSLATED_FIELDS = {
	event: ['name', 'tagline', 'description', 'venueName', 'venueAddress', 'venueDistrict'],
	session: ['title', 'abstract'],
	speaker: ['name', 'honorific', 'roleTitle', 'bio'],
	track: ['name', 'description'],
	room: ['name', 'description'],
	organisation: ['name', 'shortName', 'description'],
	highlight: ['title', 'body', 'figureLabel']
} as const;
export type ContentKind = keyof typeof TRANSLATED_FIELDS;
export type TranslatedField<K extends ContentKind> = (typeof TRANSLATED_FIELDS)[K][number];

/** Per locale, per field, the organizer's text. Absent or empty: no translation. */
export type Translations = Partial<Record<string, Partial<Record<string, string>>>>;

const storedTranslations = z.record(z.string(), z.record(z.string(), z.string()));

/**
 * The stored JSON as translations. A value that is not the expected shape (hand-edited, truncated) reads
 * as no translation, so the English shows rather than a page failing.
 */
export function parseTranslations(json: string | null | undefined): Translations {
	if (!json) return {};
	try {
		const parsed = storedTranslations.safeParse(JSON.parse(json));
		return parsed.success ? parsed.data : {};
	} catch {
		return {};
	}
}

/** The organizer's own text of a field in a locale, or '' when there is none. */
export function translationOf(translations: Translations, locale: string, field: string): string {
	return translations[locale]?.[field]?.trim() ?? '';
}

/** The JSON to store: only non-empty texts, locales and fields in a stable order (audit diffs stay readable). */
export function serialiseTranslations(translations: Translations): string {
	const kept: Record<string, Record<string, string>> = {};
	for (const locale of Object.keys(translations).sort()) {
		const fields = translations[locale] ?? {};
		for (const field of Object.keys(fields).sort()) {
			const text = fields[field]?.trim();
			if (text) (kept[locale] ??= {})[field] = text;
		}
	}
	return JSON.stringify(kept);
}

/** The stored JSON without some fields' translations (a copied edition's name is typed anew). */
export function withoutTranslations(json: string, fields: string[]): string {
	const translations = parseTranslations(json);
	for (const locale of Object.keys(translations)) {
		for (const field of fields) delete translations[locale]?.[field];
	}
	return serialiseTranslations(translations);
}

/**
 * The audit's view of a translation change: one entry per field and locale that changed
 * ("title:zh-hk": [before, after]), to sit beside changedFields' entries for the English.
 */
export function changedTranslations(before: string, after: string): Record<string, [string, string]> {
	const old = parseTranslations(before);
	const now = parseTranslations(after);
	const changes: Record<string, [string, string]> = {};
	for (const locale of new Set([...Object.keys(old), ...Object.keys(now)])) {
		const fields = new Set([...Object.keys(old[locale] ?? {}), ...Object.keys(now[locale] ?? {})]);
		for (const field of fields) {
			const was = translationOf(old, locale, field);
			const is = translationOf(now, locale, field);
			if (was !== is) changes[`${field}:${locale}`] = [was, is];
		}
	}
	return changes;
}
