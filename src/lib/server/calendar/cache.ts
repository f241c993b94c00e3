// Built calendar files kept in memory for a minute, as rendered pages are (../cache/page-cache.ts).
// Building is the costly part (ical-generator folds lines character by character: about 5 ms for the
// summit feed), and even a poll that ends in a 304 needs the current file's ETag. They are dropped with
// every other render when the content changes, on this instance or another (../cache/renders.ts); the
// minute bounds how long a change that is not a content change (a seat confirmed from the waitlist)
// can go unserved. Derivable data only: losing it costs a build, never correctness.
import { registerRenders } from '../cache/renders';

const TIME_TO_LIVE_MS = 60_000;
const MAX_ENTRIES = 1000;

type Entry = { file: Promise<object | null>; storedAt: number };
const entries = new Map<string, Entry>();
// A build under way is dropped too: it may have read the content from before the change.
registerRenders(() => entries.clear());

/**
 * The file for `key` (or a personal feed's answer: a file, a redirect, gone), built by `build` when
 * missing or stale. Concurrent requests share one build; a missing file (null: unknown slug or token)
 * is not kept, so made-up URLs cannot fill the cache.
 */
export function cachedCalendar<File extends object>(
	key: string,
	build: () => Promise<File | null>,
	now = Date.now()
): Promise<File | null> {
	const entry = entries.get(key);
	// Each key is built by one caller only (a route's fixed prefix), so the kept value has its type.
	if (entry && now - entry.storedAt <= TIME_TO_LIVE_MS) return entry.file as Promise<File | null>;

	const file = build();
	if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
	entries.set(key, { file, storedAt: now });
	file.then(
		(built) => {
			if (!built && entries.get(key)?.file === file) entries.delete(key);
		},
		() => {
			if (entries.get(key)?.file === file) entries.delete(key);
		}
	);
	return file;
}

/** Drops one kept file, after a change this process knows concerns it alone. */
export function forgetCalendar(key: string): void {
	entries.delete(key);
}
