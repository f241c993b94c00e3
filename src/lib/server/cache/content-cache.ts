// Values derived from the database, kept for a moment: the current event and its choosable sessions are
// read on every registration and change a few times a day. Cleared with the page cache on any change
// (invalidatePages); otherwise at most `ttlMs` old. Never the source of a decision the database must
// make: capacity guards always run in SQL.

type Entry = { value: Promise<unknown>; storedAt: number };

const values = new Map<string, Entry>();

export function cachedValue<T>(key: string, ttlMs: number, load: () => Promise<T>): Promise<T> {
	const now = Date.now();
	const entry = values.get(key);
	if (entry && now - entry.storedAt < ttlMs) return entry.value as Promise<T>;
	const value = load();
	values.set(key, { value, storedAt: now });
	// A failed load is not kept.
	value.catch(() => {
		if (values.get(key)?.value === value) values.delete(key);
	});
	return value;
}

export function clearCachedValues(): void {
	values.clear();
}
