// Which driver adapter the schema engine talks through, per database URL.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import {
	ColumnTypeEnum,
	type SqlDriverAdapter,
	type SqlMigrationAwareDriverAdapterFactory,
	type SqlQuery,
	type SqlResultSet
} from '@prisma/driver-adapter-utils';
import { providerFromUrl, sqliteFilePath, type DatabaseProvider } from '../provider';

/** A SQLite URL as an absolute file path; relative paths count from the project root, as in the app. */
export function sqliteDatabaseFile(url: string, projectRoot: string): string {
	const file = sqliteFilePath(url);
	return file === ':memory:' ? file : path.resolve(projectRoot, file);
}

/** Connections to the database at `url`, creating a SQLite file's folder first. */
export async function migrationFactory(
	url: string,
	projectRoot: string
): Promise<SqlMigrationAwareDriverAdapterFactory> {
	if (providerFromUrl(url) === 'postgres') {
		// Loaded only when needed, so SQLite deployments never load pg.
		const { postgresMigrationFactory } = await import('./postgres-connections');
		return postgresMigrationFactory(url);
	}
	const file = sqliteDatabaseFile(url, projectRoot);
	if (file !== ':memory:') await mkdir(path.dirname(file), { recursive: true });
	// The shadow database for SQLite is the adapter's default, a private in-memory database.
	return new PrismaBetterSqlite3({ url: file });
}

/**
 * For work that needs no database: a diff from the empty schema. The engine still opens a connection
 * when it starts, and for PostgreSQL asks the server's version once; that probe gets a fixed answer
 * (PostgreSQL 15, the version this project runs on), anything else is an error.
 */
export function noDatabaseFactory(provider: DatabaseProvider): SqlMigrationAwareDriverAdapterFactory {
	const adapterName = provider === 'postgres' ? '@prisma/adapter-pg' : '@prisma/adapter-better-sqlite3';
	const refuse = () =>
		Promise.reject(new Error(`no ${provider} database was given for this operation, but it needs one`));
	const connection: SqlDriverAdapter = {
		provider,
		adapterName,
		queryRaw: (query) => (isVersionProbe(query) ? Promise.resolve(POSTGRES_15_PROBE_ANSWER) : refuse()),
		executeRaw: refuse,
		executeScript: refuse,
		startTransaction: refuse,
		dispose: () => Promise.resolve()
	};
	return {
		provider,
		adapterName,
		connect: () => Promise.resolve(connection),
		connectToShadowDb: () => Promise.resolve(connection)
	};
}

// What the engine asks a PostgreSQL server when it connects: does the schema exist, and which version.
function isVersionProbe(query: SqlQuery): boolean {
	return /^SELECT EXISTS\(SELECT 1 FROM pg_namespace WHERE nspname = \$1\), version\(\)/.test(query.sql);
}

const POSTGRES_15_PROBE_ANSWER: SqlResultSet = {
	columnNames: ['exists', 'version', 'numeric_version'],
	columnTypes: [ColumnTypeEnum.Boolean, ColumnTypeEnum.Text, ColumnTypeEnum.Int32],
	rows: [[true, 'PostgreSQL 15.0', 150000]]
};
