// The Chinese versions in an organizer's form: one field per translated field and locale, named
// `<field>:<locale>` ("title:zh-hk"), with the English field's limits, read back into the stored JSON.
import { text } from '../forms/fields';
import {
	parseTranslations,
	serialiseTranslations,
	TRANSLATION_LOCALES,
	type TranslationLocale,
	type Translations
} from './translations';

/** A translated field's limits in the form: the English field's. */
export type TextLimits = { max: number; multiline?: boolean };

/**
 * A form with every field three times over (a Chinese bio is three bytes a character, nine URL-encoded):
 * its body may be larger than a form's usual limit.
 */
export const TRANSLATED_FORM_BODY_LIMIT = 256 * 1024;

export type TranslationFieldName<F extends string> = `${F}:${TranslationLocale}`;

export function translationFieldName<F extends string>(field: F, locale: TranslationLocale): TranslationFieldName<F> {
	return `${field}:${locale}`;
}

/** The zod shape of the translation fields, to spread into a form's object schema. All are optional. */
export function translationShape<F extends string>(fields: Record<F, TextLimits>) {
	const shape = {} as Record<TranslationFieldName<F>, ReturnType<typeof text>>;
	for (const field of Object.keys(fields) as F[]) {
		const { max, multiline } = fields[field];
		for (const locale of TRANSLATION_LOCALES) shape[translationFieldName(field, locale)] = text({ max, multiline });
	}
	return shape;
}

/** The stored JSON of what the form's translation fields hold. */
export function translationsFromForm<F extends string>(
	input: Partial<Record<TranslationFieldName<F>, string>>,
	fields: Record<F, TextLimits>
): string {
	const translations: Translations = {};
	for (const field of Object.keys(fields) as F[]) {
		for (const locale of TRANSLATION_LOCALES) {
			const value = input[translationFieldName(field, locale)];
			if (typeof value === 'string' && value !== '') (translations[locale] ??= {})[field] = value;
		}
	}
	return serialiseTranslations(translations);
}

/** The form's translation fields filled from the stored JSON, for an edit page. */
export function translationFormValues<F extends string>(
	json: string,
	fields: Record<F, TextLimits>
): Record<string, string> {
	const translations = parseTranslations(json);
	const values: Record<string, string> = {};
	for (const field of Object.keys(fields) as F[]) {
		for (const locale of TRANSLATION_LOCALES) {
			values[translationFieldName(field, locale)] = translations[locale]?.[field] ?? '';
		}
	}
	return values;
}
