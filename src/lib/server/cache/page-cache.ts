// Rendered public pages kept in memory. The agenda changes a few times a day and is read thousands of
// times a minute on the summit morning, so a render is reused until the content changes (invalidate())
// or it grows older than its time to live, which bounds how stale the now/next marker can be.
// Derivable data only: losing it costs a render, never correctness.

import { clearCachedValues } from './content-cache';

type CachedPage = { body: ArrayBuffer; status: number; headers: [string, string][]; storedAt: number };

const MAX_ENTRIES = 500;
const TIME_TO_LIVE_MS = 15_000;

const pages = new Map<string, CachedPage>();
let generation = 0;

export function getCachedPage(key: string, now = Date.now()): Response | null {
	const page = pages.get(key);
	if (!page) return null;
	if (now - page.storedAt > TIME_TO_LIVE_MS) {
		pages.delete(key);
		return null;
	}
	return new Response(page.body, { status: page.status, headers: [...page.headers, ['x-page-cache', 'hit']] });
}

/** Stores a copy of the response and returns one to send; the render's generation must still be current. */
export async function storePage(key: string, response: Response, renderedInGeneration: number): Promise<Response> {
	const body = await response.arrayBuffer();
	const headers = [...response.headers.entries()];
	if (renderedInGeneration === generation) {
		if (pages.size >= MAX_ENTRIES) pages.delete(pages.keys().next().value!);
		pages.set(key, { body, status: response.status, headers, storedAt: Date.now() });
	}
	return new Response(body, { status: response.status, headers: [...headers, ['x-page-cache', 'miss']] });
}

export function currentGeneration(): number {
	return generation;
}

let announceChange: (() => void) | null = null;

/** How this process tells the other instances about a change (content-version.ts sets it at start-up). */
export function onContentChange(announce: (() => void) | null): void {
	announceChange = announce;
}

/** Drops every stored render and cached value; call after any change to what public pages show. */
export function invalidatePages(): void {
	dropLocalRenders();
	announceChange?.();
}

/** Drops this process's renders only: another instance made the change and has announced it. */
export function dropLocalRenders(): void {
	generation += 1;
	pages.clear();
	clearCachedValues();
}
