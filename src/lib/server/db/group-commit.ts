// Group commit on SQLite: writes that arrive together share one transaction, so one WAL append carries
// many of them. Each write runs in its own savepoint, so one that fails (an email registered already)
// undoes only its own rows, and each caller's promise settles only after the shared COMMIT: nothing is
// acknowledged before it is in the database file's write-ahead log, which survives kill -9.
import { perConnection, sqliteConnection, type SqliteHandle } from './serial-writes';

type Waiting<I, O> = { item: I; resolve: (value: O) => void; reject: (error: unknown) => void };

/** At most this many writes share a transaction, so a burst does not hold the one connection for long. */
const MAX_BATCH = 64;

export function createGroupCommit<I, O>(apply: (handle: SqliteHandle, item: I) => O) {
	const waiting: Waiting<I, O>[] = [];
	let scheduled = false;
	// Nested in the batch's transaction, better-sqlite3 runs each write in a savepoint.
	const savepointFor = perConnection((handle: SqliteHandle) => handle.transaction((item: I) => apply(handle, item)));

	async function flush(): Promise<void> {
		const connection = sqliteConnection();
		if (!connection) {
			scheduled = false;
			const error = new Error('group commit before the SQLite connection opened');
			for (const entry of waiting.splice(0)) entry.reject(error);
			return;
		}
		let batch: Waiting<I, O>[] = [];
		try {
			// The batch is taken when the connection is free: whatever arrived while it was busy joins it.
			const outcomes = await connection((handle) => {
				scheduled = false;
				batch = waiting.splice(0, MAX_BATCH);
				if (waiting.length > 0) schedule();
				const inSavepoint = savepointFor(handle);
				const results: ({ ok: true; value: O } | { ok: false; error: unknown })[] = [];
				handle
					.transaction(() => {
						for (const { item } of batch) {
							try {
								results.push({ ok: true, value: inSavepoint(item) });
							} catch (error) {
								results.push({ ok: false, error });
							}
						}
					})
					.immediate();
				return results;
			});
			outcomes.forEach((outcome, i) =>
				outcome.ok ? batch[i]!.resolve(outcome.value) : batch[i]!.reject(outcome.error)
			);
		} catch (error) {
			// BEGIN or COMMIT failed: none of the batch was written.
			for (const entry of batch) entry.reject(error);
		}
	}

	function schedule() {
		if (scheduled) return;
		scheduled = true;
		// After the current I/O phase: requests parsed together are written together.
		setImmediate(() => void flush());
	}

	return function write(item: I): Promise<O> {
		return new Promise<O>((resolve, reject) => {
			waiting.push({ item, resolve, reject });
			schedule();
		});
	};
}
