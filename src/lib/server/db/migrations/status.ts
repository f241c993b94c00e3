// Whether a database has every migration applied, read from `_prisma_migrations` without the schema
// engine, so it is cheap enough for a readiness probe.
import { access } from 'node:fs/promises';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import type { SqlDriverAdapter } from '@prisma/driver-adapter-utils';
import { migrationFactory, sqliteDatabaseFile } from './connections';
import { migrationChecksums, projectPaths, readMigrationList, type MigrationFileInfo } from './files';
import { providerFromUrl } from '../provider';

/** One row of `_prisma_migrations`, reduced to what decides its state. */
export type MigrationRecord = {
	name: string;
	checksum: string;
	finished: boolean;
	rolledBack: boolean;
};

export type MigrationStatus = {
	/** Every migration in the folder, in the order they apply. */
	available: string[];
	applied: string[];
	pending: string[];
	/** Started and never finished nor rolled back: `prisma migrate deploy` refuses to go on (P3009). */
	failed: string[];
	/** Applied, but the file has changed since. */
	edited: string[];
	/** Applied here but not in the folder: the database is ahead of this code. */
	unknown: string[];
	/** Nothing pending, nothing failed: the models the code was built for exist. */
	current: boolean;
};

export function compareMigrations(available: MigrationFileInfo[], records: MigrationRecord[]): MigrationStatus {
	const live = records.filter((record) => !record.rolledBack);
	const finished = new Map(live.filter((r) => r.finished).map((r) => [r.name, r.checksum]));
	const availableNames = new Set(available.map((migration) => migration.name));
	const applied = available.filter((m) => finished.has(m.name));
	const failed = live.filter((r) => !r.finished).map((r) => r.name);
	const pending = available.filter((m) => !finished.has(m.name) && !failed.includes(m.name)).map((m) => m.name);
	return {
		available: available.map((m) => m.name),
		applied: applied.map((m) => m.name),
		pending,
		failed,
		edited: applied.filter((m) => finished.get(m.name) !== m.checksum).map((m) => m.name),
		unknown: [...finished.keys()].filter((name) => !availableNames.has(name)),
		current: pending.length === 0 && failed.length === 0
	};
}

/** Compares the provider's migration folder with the database at `databaseUrl`; changes nothing. */
export async function migrationStatus(
	databaseUrl: string,
	options: { projectRoot?: string } = {}
): Promise<MigrationStatus> {
	const projectRoot = options.projectRoot ?? process.cwd();
	const { migrationsDir } = projectPaths(providerFromUrl(databaseUrl), projectRoot);
	const available = migrationChecksums(await readMigrationList(migrationsDir));
	const connection = await openForReading(databaseUrl, projectRoot);
	if (!connection) return compareMigrations(available, []);
	try {
		return compareMigrations(available, await readMigrationRecords(connection));
	} finally {
		await connection.dispose();
	}
}

/** A read-only connection; null for a SQLite file that does not exist yet (opening would create it). */
async function openForReading(databaseUrl: string, projectRoot: string): Promise<SqlDriverAdapter | null> {
	if (providerFromUrl(databaseUrl) === 'postgres') {
		return (await migrationFactory(databaseUrl, projectRoot)).connect();
	}
	const file = sqliteDatabaseFile(databaseUrl, projectRoot);
	if (
		file !== ':memory:' &&
		!(await access(file).then(
			() => true,
			() => false
		))
	)
		return null;
	return new PrismaBetterSqlite3({ url: file, readonly: true, fileMustExist: true }).connect();
}

const TABLE_EXISTS = {
	sqlite: `SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'`,
	postgres: `SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname = current_schema() AND tablename = '_prisma_migrations'`
};

async function readMigrationRecords(connection: SqlDriverAdapter): Promise<MigrationRecord[]> {
	const provider = connection.provider === 'postgres' ? 'postgres' : 'sqlite';
	const table = await connection.queryRaw({ sql: TABLE_EXISTS[provider], args: [], argTypes: [] });
	if (table.rows.length === 0) return [];
	const result = await connection.queryRaw({
		sql: 'SELECT migration_name, checksum, finished_at, rolled_back_at FROM _prisma_migrations ORDER BY started_at',
		args: [],
		argTypes: []
	});
	return result.rows.map(([name, checksum, finishedAt, rolledBackAt]) => ({
		name: String(name),
		checksum: String(checksum),
		finished: finishedAt !== null,
		rolledBack: rolledBackAt !== null
	}));
}
