// Each request's language, for every message function called while it is answered. It comes from the
// request's URL (English unprefixed: strategy url, then baseLocale, as paraglide.config.js says), is kept
// on the request itself (locals.locale), and getLocale() reads it back through SvelteKit's own request
// store (getRequestEvent), which is open in hooks, loads, actions, endpoints and rendering.
// Paraglide's middleware kept it in an AsyncLocalStorage of its own and made two copies of each request
// to get there: about a tenth of a small page's time (README, The registration rush).
import { getRequestEvent } from '$app/server';
import {
	baseLocale,
	extractLocaleFromUrl,
	overwriteGetLocale,
	overwriteGetUrlOrigin,
	type Locale
} from '$lib/paraglide/runtime';

/** The language a URL asks for: its prefix, or English. */
export function localeOfUrl(url: URL): Locale {
	return extractLocaleFromUrl(url) ?? baseLocale;
}

/**
 * From now on, getLocale() answers the language of the request being answered; outside any request
 * (startup, background work, which pass their locale explicitly), English. Relative links are resolved
 * against the configured public address, never a request's.
 */
export function takeLocaleFromRequests(publicUrl: () => string): void {
	overwriteGetLocale(() => currentRequestLocale() ?? baseLocale);
	let origin: string | undefined;
	overwriteGetUrlOrigin(() => (origin ??= new URL(publicUrl()).origin));
}

function currentRequestLocale(): Locale | undefined {
	try {
		return getRequestEvent().locals.locale;
	} catch {
		// Not inside a request: SvelteKit throws rather than answering undefined.
		return undefined;
	}
}
