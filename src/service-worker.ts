/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// The offline copy of the summit on an attendee's device: the current edition's agenda, session and speaker
// pages with their photos, My agenda, and the attendee's own /my page (their ticket), in the languages they
// read. Hand-written on SvelteKit's own service worker support rather than Workbox: SvelteKit already builds
// and versions this file, and what the site needs (one complete copy per content version, swapped whole;
// the reader's own private page and nobody else's; the offline notice written into the page) is the part
// Workbox's strategies do not give. The whole worker is a few KB.
import { version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;

/** One cache per build and content version: `offline <build> <content version>`. */
const CACHE_PREFIX = `offline ${version} `;
/** Cache entries that describe the copy rather than a page. */
const COMPLETE = '/__offline/complete';
const LANGUAGES = '/__offline/languages';
const SAVED_AT = 'x-offline-saved-at';
/** A page that has not answered by then is shown from the copy; the answer still updates the copy. */
const NETWORK_TIMEOUT_MS = 4000;
const LOCALE_PREFIXES = ['zh-hk', 'zh-cn'];

type Place = { locale: string; path: string };

/** "/zh-hk/agenda" → zh-hk, "/agenda"; the language prefix is the URL's only marker of language. */
function placeOf(url: URL): Place {
	const [, first, ...rest] = url.pathname.split('/');
	if (first && LOCALE_PREFIXES.includes(first)) return { locale: first, path: `/${rest.join('/')}` };
	return { locale: 'en', path: url.pathname };
}

const localized = (locale: string, path: string) =>
	locale === 'en' ? path : path === '/' ? `/${locale}` : `/${locale}${path}`;

/** Public pages kept for everyone; organizer pages, forms' answers and other people's data never are. */
const PUBLIC_PAGE = /^\/(?:agenda(?:\/[^/]+)?|speakers(?:\/[^/]+)?|my-agenda)?\/?$/;
/** The attendee's own private page, kept only once this device has opened it. */
const OWN_PAGE = /^\/my\/(?!erased$)[A-Za-z0-9_-]+\/?$/;
/** Files a kept page refers to: the build's scripts, speaker photos, icons. */
const SUBRESOURCE = /(?:src|href)="(\/(?:_app\/immutable|media\/speakers|icons)\/[^"]+|\/favicon\.svg)"/g;

sw.addEventListener('install', (event) => {
	// The new build's copy is made whole before it replaces the old one; offline, installing fails and the
	// old worker and its copy stay, so pages and scripts never come from two builds.
	event.waitUntil(
		(async () => {
			const languages = new Set(await keptLanguages());
			if (languages.size === 0) languages.add('en');
			const ownPages = await keptOwnPages();
			for (const client of await sw.clients.matchAll({ type: 'window', includeUncontrolled: true })) {
				const url = new URL(client.url);
				languages.add(placeOf(url).locale);
				if (OWN_PAGE.test(placeOf(url).path)) ownPages.add(url.pathname);
			}
			await makeCopy([...languages], [...ownPages]);
			await sw.skipWaiting();
		})()
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			const current = await currentCacheName();
			for (const name of await caches.keys()) if (name !== current) await caches.delete(name);
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== sw.location.origin) return;
	const { locale, path } = placeOf(url);
	if (request.mode === 'navigate') {
		if (path === '/ticket') event.respondWith(openTicket(request, locale));
		else if (OWN_PAGE.test(path)) event.respondWith(page(event, request, { own: true }));
		else if (PUBLIC_PAGE.test(path)) event.respondWith(page(event, request, { own: false }));
		return;
	}
	if (/^\/(?:_app\/immutable|media\/speakers|icons)\//.test(url.pathname) || url.pathname === '/favicon.svg') {
		// Immutable or content-hashed URLs: the kept copy is the file.
		event.respondWith(fromCopy(request).then((kept) => kept ?? fetch(request)));
	}
});

// An attendee's /my page asks to be kept (src/lib/client/offline.js): it is usually reached by the redirect
// after registering, which the worker does not see. Only the asking page's own address is kept.
sw.addEventListener('message', (event) => {
	const source = event.source;
	if (!source || !('url' in source)) return;
	const url = new URL(source.url);
	if (!OWN_PAGE.test(placeOf(url).path)) return;
	event.waitUntil(
		fetch(url.pathname, { credentials: 'omit' }).then((response) =>
			keep(new Request(url.pathname), response, { own: true })
		)
	);
});

/**
 * The page from the network, kept for later; from the copy, marked as such, when the network fails or is
 * too slow (a venue's overloaded Wi-Fi answers in minutes, not never).
 */
async function page(event: FetchEvent, request: Request, { own }: { own: boolean }): Promise<Response> {
	const network = fetch(request).then(async (response) => {
		event.waitUntil(keep(request, response.clone(), { own }));
		return response;
	});
	event.waitUntil(network.catch(() => undefined));
	const kept = fromCopy(request, { ignoreSearch: !own });
	try {
		return await Promise.race([network, timeout(NETWORK_TIMEOUT_MS)]);
	} catch {
		const copy = await kept;
		if (copy) return markedAsOffline(copy);
		return network;
	}
}

/** A fresh answer updates the copy: only a whole page of the content version the copy holds. */
async function keep(request: Request, response: Response, { own }: { own: boolean }): Promise<void> {
	const cacheName = await currentCacheName();
	if (!cacheName) return;
	const cache = await caches.open(cacheName);
	const url = new URL(request.url);
	// An erased or unknown registration: its page leaves the device.
	if (own && (response.status === 404 || response.status === 410)) {
		await cache.delete(url.pathname);
		return;
	}
	if (response.status !== 200 || !response.headers.get('content-type')?.startsWith('text/html')) return;
	if (!own && url.search) return;
	const contentVersion = response.headers.get('x-content-version');
	if (!own && contentVersion !== null && `${CACHE_PREFIX}${contentVersion}` !== cacheName) {
		// The programme changed: a new copy, made whole, replaces every page at once.
		await makeCopy(await keptLanguages(), [...(await keptOwnPages())]);
		return;
	}
	const { locale } = placeOf(url);
	if (!(await keptLanguages()).includes(locale)) {
		await makeCopy([...(await keptLanguages()), locale], [...(await keptOwnPages())]);
		return;
	}
	await cache.put(url.pathname, await stamped(response));
	await keepSubresources(cache, await cache.match(url.pathname));
}

/** Fills a new cache with every page of the given languages and the device's own pages, then drops the rest. */
async function makeCopy(languages: string[], ownPages: string[]): Promise<void> {
	const lists = await Promise.all(
		languages.map(async (locale) => {
			const response = await fetch(localized(locale, '/offline.json'), { cache: 'no-store' });
			if (!response.ok) throw new Error(`offline.json: ${response.status}`);
			return (await response.json()) as { contentVersion: number; pages: string[] };
		})
	);
	const contentVersion = lists[0]?.contentVersion ?? 0;
	if (lists.some((list) => list.contentVersion !== contentVersion)) throw new Error('content changed meanwhile');
	const name = `${CACHE_PREFIX}${contentVersion}`;
	const cache = await caches.open(name);
	const pages = [...new Set([...lists.flatMap((list) => list.pages), ...ownPages])];
	await inBatches(pages, 4, async (path) => {
		const response = await fetch(path, { credentials: 'omit' });
		if (ownPages.includes(path) && !response.ok) return;
		if (!response.ok) throw new Error(`${path}: ${response.status}`);
		await cache.put(path, await stamped(response));
		await keepSubresources(cache, await cache.match(path));
	});
	await cache.put(LANGUAGES, Response.json(languages));
	await cache.put(COMPLETE, new Response(String(Date.now())));
	// Older copies of this build; older builds' copies go when this worker activates.
	for (const other of await caches.keys())
		if (other !== name && other.startsWith(CACHE_PREFIX)) await caches.delete(other);
}

async function keepSubresources(cache: Cache, response: Response | undefined): Promise<void> {
	if (!response) return;
	const html = await response.text();
	const urls = [...new Set([...html.matchAll(SUBRESOURCE)].map((match) => match[1]!.replaceAll('&amp;', '&')))];
	await inBatches(urls, 4, async (url) => {
		if (await cache.match(url)) return;
		const kept = await fromCopy(new Request(url));
		const response = kept ?? (await fetch(url));
		if (response.ok) await cache.put(url, response);
	});
}

/** The newest complete copy of this build, if any. */
async function currentCacheName(): Promise<string | undefined> {
	let best: { name: string; madeAt: number } | undefined;
	for (const name of await caches.keys()) {
		if (!name.startsWith(CACHE_PREFIX)) continue;
		const complete = await (await caches.open(name)).match(COMPLETE);
		const madeAt = complete ? Number(await complete.text()) : NaN;
		if (!Number.isNaN(madeAt) && (!best || madeAt > best.madeAt)) best = { name, madeAt };
	}
	return best?.name;
}

async function fromCopy(request: Request, options?: CacheQueryOptions): Promise<Response | undefined> {
	const name = await currentCacheName();
	if (!name) return undefined;
	const cache = await caches.open(name);
	const url = new URL(request.url);
	return (await cache.match(url.pathname + url.search, options)) ?? (await cache.match(url.pathname, options));
}

/** Languages and own pages of whichever copy exists, of this build or an older one. */
async function keptLanguages(): Promise<string[]> {
	for (const name of await caches.keys()) {
		const languages = await (await caches.open(name)).match(LANGUAGES);
		if (languages) return (await languages.json()) as string[];
	}
	return [];
}

async function keptOwnPages(): Promise<Set<string>> {
	const pages = new Set<string>();
	for (const name of await caches.keys()) {
		for (const request of await (await caches.open(name)).keys()) {
			const path = new URL(request.url).pathname;
			if (OWN_PAGE.test(placeOf(new URL(request.url)).path)) pages.add(path);
		}
	}
	return pages;
}

/**
 * The ticket from the home screen: the last /my page this device opened, in the reader's language when kept
 * in it. Online, the page itself answers after the redirect; offline, its copy.
 */
async function openTicket(request: Request, locale: string): Promise<Response> {
	const name = await currentCacheName();
	const kept = name ? (await (await caches.open(name)).keys()).map((entry) => new URL(entry.url)) : [];
	const own = kept.filter((url) => OWN_PAGE.test(placeOf(url).path));
	const ticket = own.find((url) => placeOf(url).locale === locale) ?? own[0];
	if (!ticket) return fetch(request);
	return Response.redirect(localized(locale, placeOf(ticket).path), 302);
}

/** The saved copy's time travels with it, for the offline notice. */
async function stamped(response: Response): Promise<Response> {
	const headers = new Headers(response.headers);
	headers.set(SAVED_AT, new Date().toISOString());
	headers.delete('content-length');
	headers.delete('content-encoding');
	return new Response(await response.blob(), { status: response.status, headers });
}

/**
 * The page as kept, with the notice every page carries hidden (src/lib/components/OfflineNotice.svelte)
 * shown and the copy's time written into it, in the page's language. No script of the page is needed.
 */
async function markedAsOffline(copy: Response): Promise<Response> {
	const savedAt = new Date(copy.headers.get(SAVED_AT) ?? Date.now());
	let html = await copy.text();
	const locale = /<html[^>]*data-locale="([^"]+)"/.exec(html)?.[1] ?? 'en';
	let when: string;
	try {
		when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(savedAt);
	} catch {
		when = savedAt.toISOString();
	}
	html = html
		.replace(/(id="offline-notice"[^>]*?)\s+hidden(?:="")?/, '$1')
		.replace(
			/<span id="offline-saved"[^>]*><\/span>/,
			`<time id="offline-saved" datetime="${savedAt.toISOString()}">${when}</time>`
		);
	const headers = new Headers(copy.headers);
	headers.delete('content-length');
	return new Response(html, { status: 200, headers });
}

function timeout(ms: number): Promise<never> {
	return new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), ms));
}

async function inBatches<T>(items: T[], size: number, task: (item: T) => Promise<void>): Promise<void> {
	for (let start = 0; start < items.length; start += size) {
		await Promise.all(items.slice(start, start + size).map(task));
	}
}
