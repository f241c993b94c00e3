// Starred sessions: kept in the reader's browser (no account), carried in URLs as a list of session ids
// (/my-agenda?sessions=3,5,8, /calendar/starred.ics?sessions=3,5,8). Shared by the server and its tests.

/** More than a summit's programme holds; a longer list is somebody else's doing. */
export const MAX_STARRED = 100;

/**
 * The ids in `sessions` parameters, each a comma-separated list of plain positive integers ("3", never
 * "03" or "3.0"), in ascending order without repeats; null when any part is not such an id or too many.
 */
export function parseStarredIds(values: string[]): number[] | null {
	const parts = values.flatMap((value) => value.split(',')).filter((part) => part !== '');
	if (!parts.every((part) => /^[1-9]\d{0,9}$/.test(part))) return null;
	const ids = [...new Set(parts.map(Number))].sort((a, b) => a - b);
	return ids.length <= MAX_STARRED ? ids : null;
}

/** The canonical query value: the same stars give the same URL, so calendars and caches see one file. */
export function starredQuery(ids: number[]): string {
	return [...new Set(ids)].sort((a, b) => a - b).join(',');
}

type Timed = { id: number; startsAt: Date; endsAt: Date };

/** For each session, the others of the list it overlaps (one starts before the other ends). */
export function clashesOf<S extends Timed>(sessions: S[]): Map<number, S[]> {
	const clashes = new Map<number, S[]>();
	for (const session of sessions) {
		clashes.set(
			session.id,
			sessions.filter(
				(other) => other.id !== session.id && other.startsAt < session.endsAt && session.startsAt < other.endsAt
			)
		);
	}
	return clashes;
}
