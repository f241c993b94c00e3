// The one Prisma client of the app, for the database DATABASE_URL names (SQLite by default).
// Constructing it opens nothing; the first query connects.
import { createDatabase, postgresPoolOf, prepareDatabase } from './client';
import { settings } from '../config';

export type { Database } from './client';

export const db = createDatabase(settings().databaseUrl, { poolSize: settings().databasePoolSize });

export function prepareAppDatabase(): Promise<void> {
	return prepareDatabase(db, settings().databaseUrl);
}

/** The pg pool under `db` on PostgreSQL (see postgresPoolOf), undefined on SQLite. */
export function postgresPool() {
	return postgresPoolOf(db);
}
