// Builds the Prisma client for a DATABASE_URL: SQLite through better-sqlite3 (the embedded default)
// or PostgreSQL through pg. Relative imports only: command-line scripts load this through tsx.
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../../../generated/sqlite/client';
import { PrismaClient as PostgresPrismaClient } from '../../../generated/postgres/client';
import { providerFromUrl, sqliteFilePath } from './provider';
import { serialiseAdapterFactory } from './serial-writes';

/**
 * The app is written against the SQLite client's type. The PostgreSQL client is generated from the
 * same models, so its API is the same, but tsc cannot prove the two generated types equal.
 */
export type Database = PrismaClient;

export function createDatabase(url: string, options: { poolSize?: number } = {}): Database {
	if (providerFromUrl(url) === 'postgres') {
		const max = options.poolSize ?? 10;
		const client = new PostgresPrismaClient({ adapter: new PrismaPg({ connectionString: url, max }) });
		return client as unknown as Database;
	}
	// better-sqlite3 waits up to `timeout` ms for another process's write lock instead of failing at once.
	const adapter = new PrismaBetterSqlite3({ url: sqliteFilePath(url), timeout: 5000 });
	return new PrismaClient({ adapter: serialiseAdapterFactory(adapter) });
}

/**
 * Per-connection settings. adapter-better-sqlite3 keeps one connection, so these apply to every query.
 * WAL lets readers run beside the writer; synchronous=NORMAL in WAL mode still keeps every committed
 * transaction through a process crash (kill -9); only an operating-system crash can lose the last ones.
 */
export async function prepareDatabase(db: Database, url: string): Promise<void> {
	if (providerFromUrl(url) !== 'sqlite') return;
	await db.$queryRawUnsafe('PRAGMA journal_mode = WAL');
	await db.$queryRawUnsafe('PRAGMA synchronous = NORMAL');
	await db.$queryRawUnsafe('PRAGMA foreign_keys = ON');
	await db.$queryRawUnsafe('PRAGMA busy_timeout = 5000');
}
