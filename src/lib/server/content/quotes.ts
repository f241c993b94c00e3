// A quote is never translated silently: it shows in the language it was said. An organizer's translation
// for the reader's language, entered as a translation, shows beside it and is labelled as one.
import type { Locale } from '$lib/paraglide/runtime';
import { isLocale } from '$lib/paraglide/runtime';
import { langAttribute, type LocalizedText } from './localize';
import { toSimplified } from './opencc';
import { parseTranslations, translationOf } from './translations';

type StoredQuote = { text: string; language: string; translations: string };

export type QuoteForReader = {
	/** The words as said, with the lang attribute they need on this page. */
	said: { text: string; lang: string | undefined };
	/** The organizer's translation into the reader's language, or null: shown labelled as a translation. */
	translation: { text: string; lang: string | undefined } | null;
};

/** The language a quote was said in; an unknown stored value reads as English, the press release's. */
export function spokenLanguage(quote: Pick<StoredQuote, 'language'>): Locale {
	return isLocale(quote.language) ? quote.language : 'en';
}

/**
 * What a reader in `locale` sees of a quote. In 简体中文 a translation the organizer wrote only in 繁體中文
 * is shown converted with OpenCC (still their translation, only in the other script), as other content is.
 */
export function quoteForReader(quote: StoredQuote, locale: Locale): QuoteForReader {
	const language = spokenLanguage(quote);
	const said: LocalizedText = { text: quote.text, lang: language };
	let translation: LocalizedText | null = null;
	if (language !== locale) {
		const versions = parseTranslations(quote.translations);
		const own = translationOf(versions, locale, 'text');
		const traditional = locale === 'zh-cn' && language !== 'zh-hk' ? translationOf(versions, 'zh-hk', 'text') : '';
		if (own) translation = { text: own, lang: locale };
		else if (traditional) translation = { text: toSimplified(traditional), lang: 'zh-cn' };
	}
	return {
		said: { text: said.text, lang: langAttribute(said, locale) },
		translation: translation && { text: translation.text, lang: langAttribute(translation, locale) }
	};
}
