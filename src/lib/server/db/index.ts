// The one Prisma client of the app, for the database DATABASE_URL names (SQLite by default).
// Constructing it opens nothing; the first query connects.
import { closeDatabase, createDatabase, postgresPipelineOf, prepareDatabase } from './client';
import { settings } from '../config';
import { sqliteConnection, type OnConnection } from './serial-writes';

export type { Database } from './client';

export const db = createDatabase(settings().databaseUrl, { poolSize: settings().databasePoolSize });

export function prepareAppDatabase(): Promise<void> {
	return prepareDatabase(db, settings().databaseUrl);
}

/** The pipelined connection for a rush's hot write on PostgreSQL (pipelined.ts), undefined on SQLite. */
export function postgresPipeline() {
	return postgresPipelineOf(db);
}

/** At shutdown: closes the app's database connections. */
export function closeAppDatabase(): Promise<void> {
	return closeDatabase(db);
}

/** The SQLite connection to run prepared statements on (serial-writes.ts), opened first if no query has. */
export async function openSqliteConnection(): Promise<OnConnection> {
	if (!sqliteConnection()) await db.$connect();
	const connection = sqliteConnection();
	if (!connection) throw new Error('No SQLite connection: DATABASE_URL names another database.');
	return connection;
}
