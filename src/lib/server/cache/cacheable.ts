// Which requests may be answered from the page cache: anonymous GETs of public, read-only pages.
const CACHEABLE_PATHS = [
	/^\/$/,
	/^\/agenda\/?$/,
	/^\/agenda\/[^/]+\/?$/,
	/^\/speakers\/?$/,
	/^\/speakers\/[^/]+\/?$/,
	// A past edition's pages (/2024/agenda/…): read-only. A draft's year answers 404, which is never kept.
	/^\/\d{4}(?:\/(?:agenda|speakers)(?:\/[^/]+)?)?\/?$/,
	/^\/sitemap\.xml$/
];

/** `pathname`: the request's path without its language prefix. */
export function isCacheableRequest(request: Request, pathname: string): boolean {
	if (request.method !== 'GET') return false;
	// SvelteKit's client-side data requests and anything carrying a session stay uncached.
	if (pathname.endsWith('/__data.json') || request.headers.has('cookie')) return false;
	return CACHEABLE_PATHS.some((pattern) => pattern.test(pathname));
}

/** One render per language, path and query (parameters in any order). */
export function pageCacheKey(pathname: string, query: URLSearchParams, locale: string): string {
	const params = [...query.entries()].sort(([a], [b]) => a.localeCompare(b));
	return `${locale} ${pathname}?${new URLSearchParams(params).toString()}`;
}
