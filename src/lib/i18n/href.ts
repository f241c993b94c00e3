// A link in the reader's language. Paraglide's localizeHref parses and rebuilds URL objects on every call:
// about a tenth of an agenda render, which has a link or two per session. A site path gives the same
// answer for the same languages every time, so answers are kept (a bounded number: /my links are per person).
// eslint-disable-next-line no-restricted-imports -- the one place that calls Paraglide's own
import { deLocalizeUrl, getLocale, localizeHref as localizeWithParaglide, type Locale } from '$lib/paraglide/runtime';
import { keptAnswers, keptAnswersByParts } from '$lib/kept-answers';

// By the request's language, the language asked for ('' for the request's) and the path.
const keptLink = keptAnswersByParts<Locale, Locale | '', string, string>();

export function localizeHref(href: string, options?: { locale?: Locale }): string {
	// Only a path on this site: anything with a scheme or a host of its own goes to Paraglide every time.
	if (!href.startsWith('/') || href.startsWith('//')) return localizeWithParaglide(href, options);
	return keptLink(getLocale(), options?.locale ?? '', href, () => localizeWithParaglide(href, options));
}

const keptPath = keptAnswers<string>();
// Any origin: only the path is read.
const ANY_SITE = 'http://site.invalid';

/**
 * A site path without its language prefix ("/zh-hk/agenda" -> "/agenda"), as Paraglide's deLocalizeUrl
 * gives it, kept like the links above: a request asks for it several times (its route, its edition, the
 * menu), and Paraglide builds URL objects each time.
 */
export function unprefixedPath(pathname: string): string {
	return keptPath(pathname, () => {
		const url = new URL(ANY_SITE);
		// Set, not parsed: a path beginning "//" stays a path.
		url.pathname = pathname;
		return deLocalizeUrl(url).pathname;
	});
}
