// Searching content in every language: text and query are brought to one form, lower case without
// accents and in Simplified characters, so 議程 and 议程, "Zürich" and "zurich" match each other.
import { toSimplified } from './opencc';
import { parseTranslations, TRANSLATION_LOCALES } from './translations';

/** Lower case without accents, Chinese in Simplified characters. */
export function searchForm(text: string): string {
	return toSimplified(text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('en'));
}

/** Every version of the named fields of a record: the English and each organizer's translation. */
export function allVersions<F extends string>(
	record: Partial<Record<F, string | null>> & { translations: string },
	fields: readonly F[]
): string[] {
	const versions = parseTranslations(record.translations);
	return fields
		.flatMap((field) => [record[field] ?? '', ...TRANSLATION_LOCALES.map((locale) => versions[locale]?.[field] ?? '')])
		.filter((text) => text !== '');
}

/** The search terms of a query (words separated by spaces), each in search form. */
export function searchTerms(query: string): string[] {
	return searchForm(query).split(/\s+/).filter(Boolean);
}

/** True when every term occurs in one of the texts. */
export function matchesAll(terms: string[], texts: string[]): boolean {
	if (terms.length === 0) return true;
	const haystack = searchForm(texts.join('\n'));
	return terms.every((term) => haystack.includes(term));
}
