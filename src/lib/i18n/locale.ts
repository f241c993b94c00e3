// The reader's language as Intl and HTML name it. Paraglide's locales are the site's languages (the URL
// prefix; English has none); formatting dates and naming countries needs a fuller tag: one row each.
import { baseLocale, getLocale, isLocale, type Locale } from '$lib/paraglide/runtime';

const TAGS = {
	// British English: "Monday, 24 June 2024", as Hong Kong writes dates in English.
	en: { intl: 'en-GB', html: 'en', dir: 'ltr' }
} as const satisfies Record<Locale, { intl: string; html: string; dir: 'ltr' | 'rtl' }>;

/** For Intl.DateTimeFormat, Intl.DisplayNames and the like. */
export function intlLocale(locale: Locale = getLocale()): string {
	return TAGS[locale].intl;
}

/** For <html lang> and the lang of a mail's HTML. */
export function htmlLang(locale: Locale = getLocale()): string {
	return TAGS[locale].html;
}

/** For <html dir>: a mail has no stylesheet of the site's to say it. */
export function htmlDir(locale: Locale = getLocale()): 'ltr' | 'rtl' {
	return TAGS[locale].dir;
}

/** A locale stored with a record (a registration's): one the site no longer offers reads as the base locale. */
export function storedLocale(tag: string): Locale {
	return isLocale(tag) ? tag : baseLocale;
}
