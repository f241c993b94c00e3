// Rendered public pages kept in memory. The agenda changes a few times a day and is read thousands of
// times a minute on the summit morning, so a render is reused until the content changes (renders.ts drops
// them all) or it grows older than its time to live, which bounds how stale the now/next marker can be.
// Derivable data only: losing it costs a render, never correctness.

import { compress, preferredEncoding } from '../compression';
import { registerRenders } from './renders';

// Compressed once when stored (adapter-node compresses only static files): the agenda's 30 KB of HTML
// travel as about 5 KB to a phone.
type Bodies = { identity: ArrayBuffer; gzip: Buffer<ArrayBuffer>; br: Buffer<ArrayBuffer> };
type CachedPage = { bodies: Bodies; status: number; headers: [string, string][]; storedAt: number };

const MAX_ENTRIES = 500;
const TIME_TO_LIVE_MS = 15_000;

const pages = new Map<string, CachedPage>();
// Moves on every drop: a render that started before the content changed is sent but not kept.
let generation = 0;
registerRenders(() => {
	generation += 1;
	pages.clear();
});

function respond(page: Omit<CachedPage, 'storedAt'>, acceptEncoding: string, cache: 'hit' | 'miss'): Response {
	const encoding = preferredEncoding(acceptEncoding);
	const headers = new Headers(page.headers);
	headers.delete('content-length');
	headers.append('vary', 'accept-encoding');
	headers.set('x-page-cache', cache);
	if (encoding !== 'identity') headers.set('content-encoding', encoding);
	return new Response(page.bodies[encoding], { status: page.status, headers });
}

export function getCachedPage(key: string, acceptEncoding: string, now = Date.now()): Response | null {
	const page = pages.get(key);
	if (!page) return null;
	if (now - page.storedAt > TIME_TO_LIVE_MS) {
		pages.delete(key);
		return null;
	}
	return respond(page, acceptEncoding, 'hit');
}

/** Stores the response and returns it to send; kept only if no change happened while it was rendered. */
export async function storePage(
	key: string,
	response: Response,
	renderedInGeneration: number,
	acceptEncoding: string
): Promise<Response> {
	const identity = await response.arrayBuffer();
	const bodies: Bodies = {
		identity,
		gzip: compress(identity, 'gzip'),
		br: compress(identity, 'br')
	};
	const page = { bodies, status: response.status, headers: [...response.headers.entries()] };
	if (renderedInGeneration === generation) {
		if (pages.size >= MAX_ENTRIES) pages.delete(pages.keys().next().value!);
		pages.set(key, { ...page, storedAt: Date.now() });
	}
	return respond(page, acceptEncoding, 'miss');
}

export function currentGeneration(): number {
	return generation;
}
