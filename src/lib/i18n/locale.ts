// The reader's language as Intl and HTML name it. Paraglide's locales are the site's languages (the URL
// prefix; English has none); formatting dates and naming countries needs a fuller tag: one row each.
import { baseLocale, getLocale, isLocale, localizeUrl, type Locale } from '$lib/paraglide/runtime';

const TAGS = {
	// British English: "Monday, 24 June 2024", as Hong Kong writes dates in English.
	en: { intl: 'en-GB', html: 'en', dir: 'ltr', name: 'English', short: 'EN' },
	// Traditional characters as Hong Kong writes them: "2024年6月24日星期一".
	'zh-hk': { intl: 'zh-Hant-HK', html: 'zh-Hant-HK', dir: 'ltr', name: '繁體中文', short: '繁' },
	// Simplified characters for mainland readers; the calendar and the clock stay Hong Kong's.
	'zh-cn': { intl: 'zh-Hans-CN', html: 'zh-Hans', dir: 'ltr', name: '简体中文', short: '简' }
} as const satisfies Record<Locale, { intl: string; html: string; dir: 'ltr' | 'rtl'; name: string; short: string }>;

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

/** A language's own name for itself, as a language switcher lists it (never translated). */
export function localeName(locale: Locale): string {
	return TAGS[locale].name;
}

/**
 * The absolute address of one of the site's pages in a language, from the configured origin: a mail or a
 * calendar file links to the page in its reader's language.
 */
export function pageUrl(origin: string, path: string, locale: Locale): string {
	// Joined, not resolved: an origin may carry an edition's prefix (https://…/2024).
	return localizeUrl(new URL(origin + path), { locale }).href;
}

/** The shortest form of that name (EN, 繁, 简), for the organizer area's header on a phone. */
export function localeShortName(locale: Locale): string {
	return TAGS[locale].short;
}

/** A locale stored with a record (a registration's): one the site no longer offers reads as the base locale. */
export function storedLocale(tag: string): Locale {
	return isLocale(tag) ? tag : baseLocale;
}
