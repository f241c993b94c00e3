// Builds the Prisma client for a DATABASE_URL: SQLite through better-sqlite3 (the embedded default)
// or PostgreSQL through pg. Relative imports only: command-line scripts load this through tsx.
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { createHash } from 'node:crypto';
import pg from 'pg';
import { PrismaClient } from '../../../generated/sqlite/client';
import { PrismaClient as PostgresPrismaClient } from '../../../generated/postgres/client';
import { providerFromUrl, sqliteFilePath } from './provider';
import { serialiseAdapterFactory } from './serial-writes';
import { createPipelinedConnection, type PipelinedConnection } from './pipelined';

/**
 * The app is written against the SQLite client's type. The PostgreSQL client is generated from the
 * same models, so its API is the same, but tsc cannot prove the two generated types equal.
 */
export type Database = PrismaClient;

const postgresPipelines = new WeakMap<Database, PipelinedConnection>();

/**
 * Errors carry Prisma's message and code, without the code frame of the call that failed: to show it,
 * Prisma records a stack trace for every query, failing or not (30–60 µs a query, measured with a scratch
 * script beside the default). Our logs name the request and its error either way.
 */
const errorFormat = 'minimal';

export function createDatabase(url: string, options: { poolSize?: number } = {}): Database {
	if (providerFromUrl(url) === 'postgres') {
		const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10 });
		const adapter = new PrismaPg(pool, { statementNameGenerator: preparedStatementName, disposeExternalPool: true });
		const client = new PostgresPrismaClient({ adapter, errorFormat }) as unknown as Database;
		postgresPipelines.set(client, createPipelinedConnection(url));
		return client;
	}
	// better-sqlite3 waits up to `timeout` ms for another process's write lock instead of failing at once.
	const adapter = new PrismaBetterSqlite3({ url: sqliteFilePath(url), timeout: 5000 });
	return new PrismaClient({ adapter: serialiseAdapterFactory(adapter), errorFormat });
}

/**
 * The pipelined connection beside a PostgreSQL client's pool (pipelined.ts), opened by its first
 * statement; undefined for SQLite.
 */
export function postgresPipelineOf(client: Database): PipelinedConnection | undefined {
	return postgresPipelines.get(client);
}

/** Closes what a client holds open: its pool or file, and its pipelined connection if it opened one. */
export async function closeDatabase(client: Database): Promise<void> {
	await postgresPipelines.get(client)?.end();
	await client.$disconnect();
}

/** Queries with more parameters than this (long IN lists, each length its own text) are not kept. */
const MAX_KEPT_PARAMETERS = 64;
const statementNames = new Map<string, string>();

/**
 * PostgreSQL parses and plans an unnamed statement on every run; pg keeps a named one prepared on each
 * connection and runs it again by name. The same SQL text always gets the same name (its hash), so a
 * registration's statement of CTEs is planned once per connection rather than once per registration.
 * Short of a cap, the kinds of statements the app sends are few: each connection keeps at most a few
 * hundred. (A pooler in transaction mode needs prepared statements support: PgBouncer 1.21 or later.)
 */
function preparedStatementName(query: { sql: string; args: unknown[] }): string {
	// No name (an empty one) is pg's unnamed statement, parsed for this run only.
	if (query.args.length > MAX_KEPT_PARAMETERS) return '';
	let name = statementNames.get(query.sql);
	if (!name) {
		name = `summit_${createHash('sha256').update(query.sql).digest('base64url').slice(0, 24)}`;
		statementNames.set(query.sql, name);
	}
	return name;
}

/**
 * Per-connection settings. adapter-better-sqlite3 keeps one connection, so these apply to every query.
 * WAL lets readers run beside the writer; synchronous=NORMAL in WAL mode still keeps every committed
 * transaction through a process crash (kill -9); only an operating-system crash can lose the last ones.
 * temp_store=MEMORY: group commit (group-commit.ts) writes each registration in a savepoint, and SQLite
 * copies every page a savepoint first changes into a sub-journal, by default a temporary file; in memory
 * the write of a registration took about a quarter less time (scratch benchmark, alternating rounds).
 */
export async function prepareDatabase(db: Database, url: string): Promise<void> {
	if (providerFromUrl(url) !== 'sqlite') return;
	await db.$queryRawUnsafe('PRAGMA journal_mode = WAL');
	await db.$queryRawUnsafe('PRAGMA synchronous = NORMAL');
	await db.$queryRawUnsafe('PRAGMA temp_store = MEMORY');
	await db.$queryRawUnsafe('PRAGMA foreign_keys = ON');
	await db.$queryRawUnsafe('PRAGMA busy_timeout = 5000');
}
