// Cross-cutting request work: database ready before the first request, the page cache, security headers,
// the organizer's session.
import type { Handle, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { db, prepareAppDatabase } from '$lib/server/db';
import { dev } from '$app/environment';
import { settings, settingsWarnings } from '$lib/server/config';
import { applyMigrations } from '$lib/server/db/migrate';
import { seedWhenEmpty } from '$lib/server/seed/seed';
import { currentGeneration, getCachedPage, storePage } from '$lib/server/cache/page-cache';
import { isCacheableRequest, pageCacheKey } from '$lib/server/cache/cacheable';
import { applySecurityHeaders } from '$lib/server/security-headers';
import { compressHtml } from '$lib/server/compression';
import { startBackgroundWork } from '$lib/server/background';
import { exceedsPublicFormLimit } from '$lib/server/body-limit';
import { requestsFinished, trackRequest } from '$lib/server/in-flight';
import * as auth from '$lib/server/auth';
import { m } from '$lib/i18n';

// Runs before adapter-node listens: a failed migration stops the server instead of serving errors.
// Instances starting together on PostgreSQL queue on the migrator's advisory lock: one applies, the
// others wait and then find nothing pending.
export const init: ServerInit = async () => {
	const config = startupSettings();
	const url = config.databaseUrl;
	const { applied } = await applyMigrations(url);
	if (applied.length > 0) console.log(`Applied migrations: ${applied.join(', ')}`);
	await prepareAppDatabase();
	if (await seedWhenEmpty(db, url)) console.log('Seeded the sample summit programme.');
	const stopBackgroundWork = await startBackgroundWork();
	// adapter-node emits this on SIGTERM/SIGINT once the server has closed, i.e. after the requests in
	// flight were answered: stop draining mail (a mail being sent is finished), then let the process end.
	process.once('sveltekit:shutdown', async () => {
		// Whatever else still holds the event loop (pooled SMTP connections) gets 10 s.
		setTimeout(() => process.exit(0), 10_000).unref();
		await stopBackgroundWork();
		await requestsFinished();
		await db.$disconnect();
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

const handleInFlight: Handle = ({ event, resolve }) => trackRequest(async () => resolve(event));

const handleBodyLimit: Handle = async ({ event, resolve }) => {
	if (exceedsPublicFormLimit(event.request, event.url)) {
		// Read what was sent (adapter-node caps it) so the client gets the answer instead of a reset connection.
		await event.request.arrayBuffer().catch(() => undefined);
		return new Response(m.register.tooLarge, { status: 413, headers: { 'content-type': 'text/plain; charset=utf-8' } });
	}
	return resolve(event);
};

const handlePageCache: Handle = async ({ event, resolve }) => {
	if (!isCacheableRequest(event.request, event.url)) return resolve(event);
	const key = pageCacheKey(event.url);
	const acceptEncoding = event.request.headers.get('accept-encoding') ?? '';
	const cached = getCachedPage(key, acceptEncoding);
	if (cached) return cached;
	const generation = currentGeneration();
	const response = await resolve(event);
	if (response.status !== 200) return response;
	return storePage(key, response, generation, acceptEncoding);
};

// Outside the page cache, whose answers come compressed already.
const handleCompression: Handle = async ({ event, resolve }) => compressHtml(event.request, event.url, await resolve(event));

const handleSecurityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', m.htmlLang).replace('%locale%', m.locale).replace('%your-time%', m.time.yourTime)
	});
	applySecurityHeaders(response.headers);
	return response;
};

const handleAuth: Handle = async ({ event, resolve }) => {
	const sessionToken = event.cookies.get(auth.sessionCookieName);

	if (!sessionToken) {
		event.locals.user = null;
		event.locals.session = null;
		return resolve(event);
	}

	const { session, user } = await auth.validateSessionToken(sessionToken);

	if (session) {
		auth.setSessionTokenCookie(event, sessionToken, session.expiresAt);
	} else {
		auth.deleteSessionTokenCookie(event);
	}

	event.locals.user = user;
	event.locals.session = session;

	return resolve(event);
};

// Organizer pages show personal data: no shared or back-button cache may keep them.
const handleOrganizerNoStore: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	if (event.url.pathname.startsWith('/admin') && !response.headers.has('cache-control')) {
		response.headers.set('cache-control', 'private, no-store');
	}
	return response;
};

export const handle = sequence(handleInFlight, handleSecurityHeaders, handleBodyLimit, handleOrganizerNoStore, handleAuth, handleCompression, handlePageCache);
