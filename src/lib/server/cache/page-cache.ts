// Rendered public pages kept in memory. The agenda changes a few times a day and is read thousands of
// times a minute on the summit morning, so a render is reused until the content changes (renders.ts drops
// them all) or it grows older than its time to live, which bounds how stale the now/next marker can be.
// Requests that find no page while one is being rendered wait for that render instead of starting their
// own: right after an organizer's change, a crowd costs one render per page, not one per request.
// Derivable data only: losing it costs a render, never correctness.

import { compress, preferredEncoding } from '../compression';
import { registerRenders } from './renders';

// Compressed once when stored (adapter-node compresses only static files): the agenda's 30 KB of HTML
// travel as about 5 KB to a phone.
type Bodies = { identity: ArrayBuffer; gzip: Buffer<ArrayBuffer>; br: Buffer<ArrayBuffer> };
type RenderedPage = { bodies: Bodies; status: number; headers: [string, string][] };
type CachedPage = RenderedPage & { storedAt: number };
type CacheState = 'hit' | 'miss' | 'shared';

const MAX_ENTRIES = 500;
const TIME_TO_LIVE_MS = 15_000;

const pages = new Map<string, CachedPage>();
/** Renders under way, by key; null when the render was not a page to keep (not a 200). */
const rendering = new Map<string, Promise<RenderedPage | null>>();
// Moves on every drop: a render that started before the content changed is sent but not kept, and requests
// arriving after the change start a render of their own rather than wait for the older one.
let generation = 0;
registerRenders(() => {
	generation += 1;
	pages.clear();
	rendering.clear();
});

function respond(page: RenderedPage, acceptEncoding: string, cache: CacheState): Response {
	const encoding = preferredEncoding(acceptEncoding);
	const headers = new Headers(page.headers);
	headers.delete('content-length');
	headers.append('vary', 'accept-encoding');
	headers.set('x-page-cache', cache);
	if (encoding !== 'identity') headers.set('content-encoding', encoding);
	return new Response(page.bodies[encoding], { status: page.status, headers });
}

function keptPage(key: string, now: number): CachedPage | null {
	const page = pages.get(key);
	if (!page) return null;
	if (now - page.storedAt <= TIME_TO_LIVE_MS) return page;
	pages.delete(key);
	return null;
}

async function renderedPage(response: Response): Promise<RenderedPage> {
	const identity = await response.arrayBuffer();
	const bodies: Bodies = { identity, gzip: compress(identity, 'gzip'), br: compress(identity, 'br') };
	return { bodies, status: response.status, headers: [...response.headers.entries()] };
}

/**
 * The page for this key: kept from an earlier render, shared with a render another request started, or
 * rendered now (and kept if it is a 200 and no change happened meanwhile). A render that fails or is not
 * a 200 is not shared: whoever waited for it renders for themselves.
 */
export async function cachedPage(
	key: string,
	acceptEncoding: string,
	render: () => Response | Promise<Response>,
	now = Date.now()
): Promise<Response> {
	const kept = keptPage(key, now);
	if (kept) return respond(kept, acceptEncoding, 'hit');

	const underWay = rendering.get(key);
	if (underWay) {
		const shared = await underWay.catch(() => null);
		return shared ? respond(shared, acceptEncoding, 'shared') : render();
	}

	const startedIn = generation;
	let ownResponse: Response | undefined;
	const work = (async () => {
		ownResponse = await render();
		if (ownResponse.status !== 200) return null;
		const page = await renderedPage(ownResponse);
		if (startedIn === generation) {
			if (pages.size >= MAX_ENTRIES) pages.delete(pages.keys().next().value!);
			pages.set(key, { ...page, storedAt: Date.now() });
		}
		return page;
	})();
	rendering.set(key, work);
	try {
		const page = await work;
		return page ? respond(page, acceptEncoding, 'miss') : ownResponse!;
	} finally {
		if (rendering.get(key) === work) rendering.delete(key);
	}
}
