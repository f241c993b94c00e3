// The one Prisma client of the app, for the database DATABASE_URL names (SQLite by default).
// Constructing it opens nothing; the first query connects.
import { createDatabase, prepareDatabase } from './client';
import { databaseUrl } from './provider';

export type { Database } from './client';

export const db = createDatabase(databaseUrl());

export function prepareAppDatabase(): Promise<void> {
	return prepareDatabase(db, databaseUrl());
}
