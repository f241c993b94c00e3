// The one Prisma client of the app, for the database DATABASE_URL names (SQLite by default).
// Constructing it opens nothing; the first query connects.
import { createDatabase, prepareDatabase } from './client';
import { settings } from '../config';

export type { Database } from './client';

export const db = createDatabase(settings().databaseUrl, { poolSize: settings().databasePoolSize });

export function prepareAppDatabase(): Promise<void> {
	return prepareDatabase(db, settings().databaseUrl);
}
