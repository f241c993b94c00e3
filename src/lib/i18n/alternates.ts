// The same page in each of the site's languages: the switcher's links (path and query kept, so a filtered
// agenda stays filtered) and the hreflang alternates of search engines and the sitemap (path only).
import { baseLocale, deLocalizeHref, locales, type Locale } from '$lib/paraglide/runtime';
import { localizeHref } from '$lib/i18n/href';
import { keptAnswers } from '$lib/kept-answers';
import { htmlLang } from './locale';

export type LanguageVersion = { locale: Locale; hreflang: string; href: string };

// Every page asks twice (its hreflang links, the language switcher), and Paraglide's deLocalizeHref parses
// a URL each time.
const keptVersions = keptAnswers<readonly LanguageVersion[]>();

/** Root-relative links to the page at `href` (any language's address) in every language. */
export function languageVersions(href: string): readonly LanguageVersion[] {
	return keptVersions(href, () => {
		const path = deLocalizeHref(href);
		return locales.map((locale) => ({ locale, hreflang: htmlLang(locale), href: localizeHref(path, { locale }) }));
	});
}

/** Absolute hreflang alternates from the configured origin, x-default (the English page) last. */
export function hreflangAlternates(pathname: string, origin: string): { hreflang: string; href: string }[] {
	const alternates = languageVersions(pathname).map(({ locale, hreflang, href }) => ({
		locale,
		hreflang,
		href: new URL(href, origin).href
	}));
	const english = alternates.find(({ locale }) => locale === baseLocale)?.href ?? origin;
	return [...alternates.map(({ hreflang, href }) => ({ hreflang, href })), { hreflang: 'x-default', href: english }];
}
