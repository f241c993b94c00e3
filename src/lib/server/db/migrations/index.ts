// The migration runner's front door (why it exists and how to drop it: README.md beside this file). The
// server and the scripts use only what is exported here. Relative imports only: scripts load it through tsx.
import { applyMigrations } from './migrate';
import { migrationStatus } from './status';

export {
	applyMigrations,
	createMigration,
	diffSchemaAgainstMigrations,
	migrationSlug,
	ShadowDatabaseRequiredError,
	type CreatedMigration
} from './migrate';
export { compareMigrations, migrationStatus, type MigrationRecord, type MigrationStatus } from './status';
export { projectPaths, readMigrationList } from './files';

/**
 * Brings the database DATABASE_URL names up to this build's migrations, before the server listens or a
 * script writes; logs what it applied and returns the names. A current database is only read: the
 * schema engine is not started, so it never takes the exclusive lock it holds on a SQLite file while
 * other processes are serving from it.
 */
export async function migrateDatabase(databaseUrl: string): Promise<string[]> {
	if ((await migrationStatus(databaseUrl)).current) return [];
	const { applied } = await applyMigrations(databaseUrl);
	if (applied.length > 0) console.log(`Applied migrations: ${applied.join(', ')}`);
	return applied;
}
