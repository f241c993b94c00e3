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

/** Stands in for a person's secret in an address while its language versions are worked out. */
const SECRET_STAND_IN = 'personal0secret';

/**
 * Root-relative links to the page at `href` (any language's address) in every language. A personal page's
 * address holds its person's `secret` (/my/<token>): its versions are worked out once for everyone with a
 * stand-in, which is then replaced. Kept per person, each new registrant's page cost three of Paraglide's
 * URL rebuilds (about 7 % of its render), and the kept answers filled with addresses seen once.
 */
export function languageVersions(href: string, secret?: string): readonly LanguageVersion[] {
	if (!secret || !href.includes(secret)) return versionsOf(href);
	return versionsOf(href.replaceAll(secret, SECRET_STAND_IN)).map((version) => ({
		...version,
		href: version.href.replaceAll(SECRET_STAND_IN, secret)
	}));
}

function versionsOf(href: string): readonly LanguageVersion[] {
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
