// Everything this process keeps that was made from the content (rendered pages, calendar files, cached
// values) registers here, and all of it is dropped together when the shared content version moves: after
// an edit through this process commits, or when the listener (content-listener.ts) hears of another
// instance's. Derivable data only: dropping it costs a render, never correctness.

const drops = new Set<() => void>();
let seenVersion: number | null = null;

/** Called once by each in-memory cache when its module loads. */
export function registerRenders(drop: () => void): void {
	drops.add(drop);
}

/**
 * The shared content version as just committed, announced or read. Every render is dropped when it differs
 * from the last one seen; hearing of the same version twice (our own edit, then its notification) drops once.
 */
export function contentVersionSeen(version: number): void {
	if (version === seenVersion) return;
	seenVersion = version;
	dropRenders();
}

/**
 * Drops every render in this process now. Edits do not call this: they commit with contentChanged() and
 * the version does the rest (content-version.ts); tests of a cache use it.
 */
export function dropRenders(): void {
	for (const drop of drops) drop();
}

/** The content version this process last saw (null before the listener's first read). */
export function seenContentVersion(): number | null {
	return seenVersion;
}
