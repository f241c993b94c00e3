// Cross-cutting request work: database ready before the first request, the reader's language, the page
// cache, security headers, the organizer's session.
import type { Handle, HandleServerError, RequestEvent, ServerInit } from '@sveltejs/kit';
import { closeAppDatabase, db, prepareAppDatabase } from '$lib/server/db';
import { dev } from '$app/environment';
import { settings, settingsWarnings } from '$lib/server/config';
import { migrateDatabase } from '$lib/server/db/migrations';
import { seedWhenEmpty } from '$lib/server/seed/seed';
import { cachedPage } from '$lib/server/cache/page-cache';
import { isCacheableRequest, pageCacheKey } from '$lib/server/cache/cacheable';
import { allowWebAssembly, applySecurityHeaders } from '$lib/server/security-headers';
import { compressHtml } from '$lib/server/compression';
import { startBackgroundWork } from '$lib/server/background';
import { requestsFinished, trackRequest } from '$lib/server/in-flight';
import { seenContentVersion } from '$lib/server/cache/renders';
import * as auth from '$lib/server/auth';
import { localeOfUrl, takeLocaleFromRequests } from '$lib/server/i18n/request-locale';
import type { Locale } from '$lib/paraglide/runtime';
import { unprefixedPath } from '$lib/i18n/href';
import { m } from '$lib/paraglide/messages';
import { htmlLang, intlLocale } from '$lib/i18n/locale';

// Runs before adapter-node listens: a failed migration stops the server instead of serving errors.
// Instances starting together on PostgreSQL queue on the migrator's advisory lock: one applies, the
// others wait and then find nothing pending.
export const init: ServerInit = async () => {
	const config = startupSettings();
	const url = config.databaseUrl;
	await migrateDatabase(url);
	await prepareAppDatabase();
	if (await seedWhenEmpty(db, url)) console.log('Seeded the sample summit programme.');
	const stopBackgroundWork = await startBackgroundWork();
	// adapter-node emits this on SIGTERM/SIGINT once the server has closed, i.e. after the requests in
	// flight were answered: stop draining mail (a mail being sent is finished) and listening for content
	// changes, then let the process end.
	process.once('sveltekit:shutdown', async () => {
		// Whatever else still holds the event loop (pooled SMTP connections) gets 10 s.
		setTimeout(() => process.exit(0), 10_000).unref();
		// Also closes the content listener's LISTEN connection.
		await stopBackgroundWork();
		await requestsFinished();
		await closeAppDatabase();
		console.log('Stopped.');
	});
};

/**
 * The settings, or the process stops with a message naming what to fix. `node build` needs ORIGIN: without
 * it adapter-node takes the address from each request's Host header (and assumes https), so forms fail
 * and links could point anywhere. `npm start` and `npm run dev` set a local default.
 */
function startupSettings() {
	let config;
	try {
		config = settings();
	} catch (error) {
		console.error((error as Error).message);
		process.exit(1);
	}
	if (!config.publicUrlConfigured && !dev) {
		console.error(
			'ORIGIN is not set. Set it to the address people use to reach the site, for example\n' +
				'  ORIGIN=https://summit.example.org node build\n' +
				'(`npm start` sets http://localhost:3000 for you when you try the site on your own machine.)'
		);
		process.exit(1);
	}
	for (const warning of settingsWarnings(config)) console.warn(warning);
	return config;
}

takeLocaleFromRequests(() => settings().publicUrl);

/**
 * Every request's cross-cutting work, in one handle: each step of SvelteKit's `sequence()` costs every
 * request a tracing span, a copy of the event and a scope of its own, which added up to a tenth of a
 * small page's time.
 * 1. Counted in flight, so a shutdown waits for it (in-flight.ts).
 * 2. The reader's language, from the URL (English unprefixed), for every message function called while
 *    it is answered (src/lib/server/i18n/request-locale.ts) and in the page's <html lang>.
 * 3. The organizer's session, from its cookie.
 * 4. A public page from the page cache (its answers come compressed already), or rendered and compressed.
 * 5. The headers every answer gets (setAnswerHeaders).
 */
export const handle: Handle = ({ event, resolve }) =>
	trackRequest(async () => {
		const locale = takeRequestLocale(event);
		// Read before rendering: a change during the render then labels the page older, never newer, than it is.
		const version = seenContentVersion();
		await authenticate(event);
		const render = async () => resolve(event, { transformPageChunk: ({ html }) => fillHtmlTag(html, locale) });
		const response = await compressHtml(
			event.request,
			event.locals.unprefixedPath,
			await cachedOrRendered(event, render)
		);
		setAnswerHeaders(event, response, version);
		return response;
	});

/**
 * The request's language, kept in `locals.locale` and, for the steps that match paths without the
 * language prefix, its path without it (`locals.unprefixedPath`).
 */
function takeRequestLocale(event: RequestEvent): Locale {
	const locale = localeOfUrl(event.url);
	event.locals.locale = locale;
	event.locals.unprefixedPath = unprefixedPath(event.url.pathname);
	return locale;
}

/**
 * src/app.html's placeholders, all in its <html> tag. Only that tag is rewritten and joined to the rest:
 * replacing in the whole page copied all of it (tens of KB) once per placeholder. `data-locale` and
 * `data-your-time` tell src/lib/client/local-time.js how to write the reader's own times.
 */
function fillHtmlTag(html: string, locale: Locale): string {
	const start = html.indexOf('<html');
	const end = start === -1 ? -1 : html.indexOf('>', start) + 1;
	if (end <= 0) return html;
	const tag = html
		.slice(start, end)
		.replace('%lang%', htmlLang(locale))
		.replace('%locale%', intlLocale(locale))
		.replace('%your-time%', m.time_your_time({}, { locale }));
	return html.slice(0, start) + tag + html.slice(end);
}

async function authenticate(event: RequestEvent): Promise<void> {
	const sessionToken = event.cookies.get(auth.sessionCookieName);
	if (!sessionToken) {
		event.locals.user = null;
		event.locals.session = null;
		return;
	}
	const { session, user } = await auth.validateSessionToken(sessionToken);
	if (session) {
		auth.setSessionTokenCookie(event, sessionToken, session.expiresAt);
	} else {
		auth.deleteSessionTokenCookie(event);
	}
	event.locals.user = user;
	event.locals.session = session;
}

function cachedOrRendered(event: RequestEvent, render: () => Promise<Response>): Promise<Response> {
	// Paths are matched without the language prefix; the language is part of the key instead.
	const path = event.locals.unprefixedPath;
	if (!isCacheableRequest(event.request, path)) return render();
	const key = pageCacheKey(path, event.url.searchParams, event.locals.locale);
	return cachedPage(key, event.request.headers.get('accept-encoding') ?? '', render);
}

/**
 * The headers every answer gets once it is made:
 * - security headers (security-headers.ts);
 * - which content version a page shows: the service worker (src/service-worker.ts) keeps a copy of one
 *   version only, and makes a new whole copy when a page tells it the programme moved on;
 * - organizer pages show personal data, so no shared or back-button cache may keep them, and their CSP
 *   allows WebAssembly, for the check-in desk's QR reader.
 */
function setAnswerHeaders(event: RequestEvent, response: Response, version: number | null): void {
	const { headers } = response;
	const pathname = event.locals.unprefixedPath;
	applySecurityHeaders(headers, pathname);
	if (version !== null && headers.get('content-type')?.startsWith('text/html')) {
		headers.set('x-content-version', String(version));
	}
	if (pathname.startsWith('/admin')) {
		if (!headers.has('cache-control')) headers.set('cache-control', 'private, no-store');
		allowWebAssembly(headers);
	}
}

/**
 * A request the site refuses before any code of ours runs (a JSON body posted to a form: 415; an action
 * that does not exist: 404) is the client's doing: logged in one line, not with a stack trace for each of
 * a scanner's thousands. Everything else is ours to fix, and logged whole.
 */
export const handleError: HandleServerError = ({ error, event, status, message }) => {
	if (status < 500) console.warn(`${status} ${event.request.method} ${event.url.pathname}: ${message}`);
	else console.error(error);
	return { message };
};
