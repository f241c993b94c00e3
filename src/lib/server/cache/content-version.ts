// Keeps the in-memory renders of every app instance in step: a change through one instance raises the
// one-row ContentVersion in the database; every instance reads it twice a second (one primary-key read)
// and drops its renders when it moved. Nothing else is shared between instances but the database.
import type { Database } from '../db/client';
import { dropLocalRenders, onContentChange } from './page-cache';

const POLL_MS = 500;
const ROW = 1;

export async function readContentVersion(db: Database): Promise<number> {
	const row = await db.contentVersion.findUnique({ where: { id: ROW }, select: { version: true } });
	return row?.version ?? 0;
}

/** Raises the shared version; returns the new one. Concurrent raises never fail (insert-or-increment). */
export async function raiseContentVersion(db: Database): Promise<number> {
	const row = await db.contentVersion.upsert({
		where: { id: ROW },
		create: { id: ROW, version: 1 },
		update: { version: { increment: 1 } },
		select: { version: true }
	});
	return row.version;
}

/**
 * Starts following the shared version: invalidatePages() in this process raises it, and a move made by
 * another instance drops this process's renders. Returns a stop function.
 */
export async function startContentVersionSync(db: Database, pollMs = POLL_MS): Promise<() => Promise<void>> {
	let seen = await readContentVersion(db);
	let polling: Promise<void> | null = null;

	const poll = async () => {
		try {
			const version = await readContentVersion(db);
			if (version !== seen) {
				seen = version;
				dropLocalRenders();
			}
		} catch (error) {
			// The database is away; the page cache's time to live still bounds staleness.
			console.error('Reading the content version failed:', error instanceof Error ? error.message : error);
		}
	};
	onContentChange(() => {
		raiseContentVersion(db).then(
			(version) => {
				// Our own change: already dropped here, so only a move by someone else needs another drop.
				if (version === seen + 1) seen = version;
			},
			(error) => console.error('Raising the content version failed:', error)
		);
	});
	const timer = setInterval(() => {
		if (!polling) polling = poll().finally(() => (polling = null));
	}, pollMs);
	timer.unref();
	return async () => {
		clearInterval(timer);
		onContentChange(null);
		await polling;
	};
}
