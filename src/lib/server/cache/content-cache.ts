// Values derived from the database, kept for a moment: the current event and its choosable sessions are
// read on every registration and change a few times a day. Dropped with every other render when the
// content changes (renders.ts); otherwise at most `ttlMs` old. Never the source of a decision the
// database must make: capacity guards always run in SQL.
import { registerRenders } from './renders';

type Entry = { value: Promise<unknown>; storedAt: number };

const values = new Map<string, Entry>();
// A load under way is dropped too: whoever asks next loads again, from the changed content.
registerRenders(() => values.clear());

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
