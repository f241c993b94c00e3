// adapter-better-sqlite3 (7.x) prepares every query anew: `client.prepare(sql).bind(args)`, then runs
// it once. Compiling the SQL was about a fifth of the adapter's time in a mail drain (0.7 ms a mail) and
// showed in every page's queries. Prisma sends the same few hundred SQL texts again and again, so the
// adapter is given a client whose `prepare` keeps each text's compiled statement. better-sqlite3 binds
// a statement's parameters for good (`bind` works once per statement), so the adapter gets a view that
// passes its arguments on each call instead.
import type { Database, Statement } from 'better-sqlite3';

/** Enough for every distinct query the app sends (IN lists of different lengths are distinct texts). */
const KEPT = 1_000;

/** The calls adapter-better-sqlite3 makes on a prepared statement, with its arguments bound or not. */
function reusable(statement: Statement<unknown[]>) {
	// A statement's result columns are fixed once compiled (the app changes no schema while it serves),
	// and reading them cost about a third as much as running the query.
	let columns: ReturnType<typeof statement.columns> | undefined;
	const withArguments = (args: unknown[]) => ({
		reader: statement.reader,
		run: () => statement.run(args),
		columns: () => (columns ??= statement.columns()),
		raw: () => ({ all: () => statement.raw(true).all(args) })
	});
	return { ...withArguments([]), bind: withArguments };
}

/** `handle`, for the adapter's use only: the same database, with compiled statements kept. */
export function withStatementCache(handle: Database): Database {
	const kept = new Map<string, ReturnType<typeof reusable>>();
	const prepare = (sql: string) => {
		let statement = kept.get(sql);
		if (!statement) {
			statement = reusable(handle.prepare(sql));
			kept.set(sql, statement);
			// A Map keeps insertion order: the oldest goes first.
			if (kept.size > KEPT) kept.delete(kept.keys().next().value!);
		}
		return statement;
	};
	return new Proxy(handle, {
		get(target, key) {
			if (key === 'prepare') return prepare;
			// Native methods need the real Database as `this`.
			const value: unknown = Reflect.get(target, key, target);
			return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
		}
	});
}
