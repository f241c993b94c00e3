// One SQLite connection, one thing at a time. adapter-better-sqlite3 runs every query on a single
// connection and only makes transactions wait for each other: a query issued while another request's
// transaction awaits would run inside that transaction (and a write would vanish with it if it rolled
// back, when a capacity guard fails, say). This wrapper makes every query outside a transaction wait
// until the open transaction has committed or rolled back. SQLite has one writer anyway, and
// better-sqlite3 answers synchronously, so the only cost is the transaction's own awaits.
import type {
	SqlDriverAdapter,
	SqlMigrationAwareDriverAdapterFactory,
	SqlQuery,
	Transaction
} from '@prisma/driver-adapter-utils';
import { withStatementCache } from './statement-cache';

/** A FIFO of async tasks, one at a time. */
export function createSerialQueue() {
	let tail: Promise<unknown> = Promise.resolve();
	return function run<T>(task: () => Promise<T>): Promise<T> {
		const result = tail.then(task, task);
		tail = result.catch(() => undefined);
		return result;
	};
}

/** better-sqlite3's Database, as the adapter holds it (only the calls made here are typed). */
export type SqliteHandle = import('better-sqlite3').Database;

/** Work that runs on the connection itself, synchronously, while no Prisma transaction is open. */
export type OnConnection = <T>(work: (handle: SqliteHandle) => T) => Promise<T>;

/**
 * `prepare` run once per connection and its answer kept (statements, transactions): better-sqlite3 binds
 * a statement to the connection that compiled it, and a reopened database is a new connection.
 */
export function perConnection<T>(prepare: (handle: SqliteHandle) => T): (handle: SqliteHandle) => T {
	const kept = new WeakMap<SqliteHandle, T>();
	return (handle) => {
		let answer = kept.get(handle);
		if (answer === undefined) kept.set(handle, (answer = prepare(handle)));
		return answer;
	};
}

let lastConnection: OnConnection | null = null;

/**
 * Runs `work` with the open connection's better-sqlite3 handle, in the same queue as Prisma's queries:
 * hot paths (registering, group commit) use prepared statements without Prisma's per-query cost. null
 * until the client has connected (`await db.$connect()`).
 */
export function sqliteConnection(): OnConnection | null {
	return lastConnection;
}

function serialiseConnection(connection: SqlDriverAdapter): SqlDriverAdapter {
	const queue = createSerialQueue();
	// The adapter keeps its better-sqlite3 Database as `client` (adapter-better-sqlite3 7.x).
	const adapter = connection as unknown as { client?: SqliteHandle };
	const handle = adapter.client;
	if (handle) {
		lastConnection = (work) => queue(async () => work(handle));
		adapter.client = withStatementCache(handle);
	}
	const wrapped: SqlDriverAdapter = Object.create(connection);
	wrapped.queryRaw = (query: SqlQuery) => queue(() => connection.queryRaw(query));
	wrapped.executeRaw = (query: SqlQuery) => queue(() => connection.executeRaw(query));
	wrapped.executeScript = (script: string) => queue(() => connection.executeScript(script));
	wrapped.startTransaction = (isolationLevel) =>
		new Promise<Transaction>((resolve, reject) => {
			// The queue is held from BEGIN until COMMIT or ROLLBACK.
			void queue(
				() =>
					new Promise<void>((release) => {
						connection.startTransaction(isolationLevel).then(
							(transaction) => {
								const finish = (end: () => Promise<void>) => () => end().finally(release);
								const inner = Object.create(transaction) as Transaction;
								inner.commit = finish(() => transaction.commit());
								inner.rollback = finish(() => transaction.rollback());
								resolve(inner);
							},
							(error: unknown) => {
								release();
								reject(error);
							}
						);
					})
			);
		});
	return wrapped;
}

export function serialiseAdapterFactory(
	factory: SqlMigrationAwareDriverAdapterFactory
): SqlMigrationAwareDriverAdapterFactory {
	const wrapped: SqlMigrationAwareDriverAdapterFactory = Object.create(factory);
	wrapped.connect = async () => serialiseConnection(await factory.connect());
	return wrapped;
}
