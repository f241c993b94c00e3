// A record's text in the reader's language, and the language it actually is in. 繁體中文 shows the
// organizer's Traditional text, else the English; 简体中文 the organizer's Simplified, else their
// Traditional converted with OpenCC, else the English. English pages show the English columns.
import type { Locale } from '$lib/paraglide/runtime';
import { htmlLang } from '$lib/i18n/locale';
import { toSimplified } from './opencc';
import { parseTranslations, translationOf, type Translations } from './translations';

export type LocalizedText = { text: string; lang: Locale };

/** One field of a record: its English (the column) and its translations (parsed or stored JSON). */
export function localize(
	english: string,
	translations: Translations | string,
	field: string,
	locale: Locale
): LocalizedText {
	const versions = typeof translations === 'string' ? parseTranslations(translations) : translations;
	if (locale === 'zh-hk') {
		const traditional = translationOf(versions, 'zh-hk', field);
		if (traditional) return { text: traditional, lang: 'zh-hk' };
	} else if (locale === 'zh-cn') {
		const simplified = translationOf(versions, 'zh-cn', field);
		if (simplified) return { text: simplified, lang: 'zh-cn' };
		const traditional = translationOf(versions, 'zh-hk', field);
		if (traditional) return { text: toSimplified(traditional), lang: 'zh-cn' };
	}
	return { text: english, lang: 'en' };
}

/**
 * The `lang` attribute an element showing a text needs on a page in `locale`: none when the text is in the
 * page's language, else the text's (an English name on a Chinese page, lang="en").
 */
export function langAttribute(text: LocalizedText, locale: Locale): string | undefined {
	return text.lang === locale ? undefined : htmlLang(text.lang);
}

type Localizable = { translations: string };
/** Per localized field, the lang attribute its element needs (absent when the text is in the page's language). */
export type LangOf<F extends string> = Partial<Record<F, string>>;
export type Localized<R, F extends string> = Omit<R, 'translations'> & { langOf: LangOf<F> };

/**
 * The record with the named fields in the reader's language, its `translations` dropped and `langOf`
 * saying which fields are in another language than the page's. Null fields stay null.
 */
export function localizeRecord<R extends Localizable, F extends keyof R & string>(
	record: R,
	fields: readonly F[],
	locale: Locale
): Localized<R, F> {
	const { translations, ...rest } = record;
	const versions = parseTranslations(translations);
	const localized: Record<string, unknown> = { ...rest };
	const langOf: LangOf<F> = {};
	for (const field of fields) {
		const english = record[field];
		if (typeof english !== 'string') continue;
		const text = localize(english, versions, field, locale);
		localized[field] = text.text;
		const lang = langAttribute(text, locale);
		if (lang && text.text !== '') langOf[field] = lang;
	}
	return { ...(localized as Omit<R, 'translations'>), langOf };
}

const keptLocalized = new WeakMap<object, Map<string, unknown>>();

/**
 * localizeRecord for a record a cache hands out (the same object until the cache reads it again), made
 * once per language and field list: every page's frame localizes the event and its host, which took
 * about 3.6 % of an uncached agenda. The answer is shared between requests: callers must not change it.
 */
export function localizeCachedRecord<R extends Localizable, F extends keyof R & string>(
	record: R,
	fields: readonly F[],
	locale: Locale
): Localized<R, F> {
	let byKey = keptLocalized.get(record);
	if (!byKey) keptLocalized.set(record, (byKey = new Map()));
	const key = `${locale} ${fields.join(' ')}`;
	let localized = byKey.get(key) as Localized<R, F> | undefined;
	if (!localized) byKey.set(key, (localized = localizeRecord(record, fields, locale)));
	return localized;
}
