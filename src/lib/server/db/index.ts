// The one Prisma client of the app, for the database DATABASE_URL names (SQLite by default).
// Constructing it opens nothing; the first query connects.
import { closeDatabase, createDatabase, postgresPipelineOf, prepareDatabase } from './client';
import { settings } from '../config';

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
