// Applies and creates migrations offline, through Prisma's WebAssembly schema engine. The results are
// what the Prisma CLI would produce: the same folders, and the same `_prisma_migrations` rows, so
// `prisma migrate deploy` and `prisma migrate status` agree wherever the native CLI can run.
//
// Only relative imports: command-line scripts run this through tsx, where `$lib` does not resolve.
import { access, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { DiffTarget, MigrationList } from '@prisma/schema-engine-wasm/schema_engine_bg';
import { migrationFactory, noDatabaseFactory } from './connections';
import { lockfileContent, projectPaths, readMigrationList, readSchemaFiles } from './files';
import { migrationStatus } from './status';
import { providerFromUrl, type DatabaseProvider } from '../provider';
import { withSchemaEngine } from './schema-engine';

export type MigrationOptions = {
	/** Where prisma/ is; defaults to the working directory (see projectPaths). */
	projectRoot?: string;
};

export type DiffOptions = MigrationOptions & {
	/**
	 * PostgreSQL only: a server on which a temporary shadow database may be created and dropped to replay
	 * the history. Not needed while the history is empty.
	 */
	shadowDatabaseUrl?: string;
};

const NO_FILTERS = { externalTables: [], externalEnums: [] };

/**
 * Applies the pending migrations of the provider `databaseUrl` names, creating a SQLite file (and its
 * folder) when missing. Returns the names applied, none when the database is current. Every connection
 * is closed afterwards, so the caller may open its own client to the same database at once.
 */
export async function applyMigrations(
	databaseUrl: string,
	options: MigrationOptions = {}
): Promise<{ applied: string[] }> {
	const projectRoot = options.projectRoot ?? process.cwd();
	const { schemaDir, migrationsDir } = projectPaths(providerFromUrl(databaseUrl), projectRoot);
	const [schemaFiles, migrationsList, factory] = await Promise.all([
		readSchemaFiles(schemaDir),
		readMigrationList(migrationsDir),
		migrationFactory(databaseUrl, projectRoot)
	]);
	const apply = () =>
		withSchemaEngine(factory, schemaFiles, async (engine) => {
			const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
			return { applied: appliedMigrationNames };
		});
	try {
		return await (factory.provider === 'sqlite' ? retryWhileBusy(apply) : apply());
	} catch (error) {
		throw await nameFailedMigration(error, databaseUrl, projectRoot);
	}
}

/** The engine's message says what went wrong but not in which migration; `_prisma_migrations` knows. */
async function nameFailedMigration(error: unknown, databaseUrl: string, projectRoot: string): Promise<unknown> {
	const failed = await migrationStatus(databaseUrl, { projectRoot }).then(
		(status) => status.failed,
		() => []
	);
	if (failed.length === 0 || !(error instanceof Error)) return error;
	return new Error(
		`migration ${failed.join(', ')} failed: ${error.message}\n` +
			'It is recorded as failed in _prisma_migrations, and no later migration applies until it is marked ' +
			'rolled back (after repairing the database by hand: `prisma migrate resolve --rolled-back <name>` ' +
			'where the native Prisma CLI runs) or, for a development SQLite file, the file is deleted.',
		{ cause: error }
	);
}

/**
 * Two processes migrating one SQLite file at once can both fail with SQLITE_BUSY (which the adapter
 * reports as `SocketTimeout`): the engine's session keeps every lock it takes (locking_mode=EXCLUSIVE),
 * so each holds a shared lock and neither can write. Nothing has been written when that happens (after
 * its first write a session holds the exclusive lock to the end), so trying again after a random pause
 * is safe, and lets one go first.
 */
async function retryWhileBusy<T>(work: () => Promise<T>, attempts = 8): Promise<T> {
	for (let attempt = 1; ; attempt++) {
		try {
			return await work();
		} catch (error) {
			const busy = error instanceof Error && /SQLITE_BUSY|SocketTimeout/.test(error.message);
			if (!busy) throw error;
			if (attempt >= attempts) {
				throw new Error('the SQLite database stayed locked by another connection (SQLITE_BUSY)', { cause: error });
			}
			await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 100 * attempt));
		}
	}
}

export class ShadowDatabaseRequiredError extends Error {
	constructor() {
		super(
			'Diffing the PostgreSQL migration history needs a PostgreSQL server for a temporary shadow database ' +
				'(set SHADOW_DATABASE_URL or POSTGRES_URL, e.g. postgresql://postgres:postgres@localhost:5432/postgres).'
		);
		this.name = 'ShadowDatabaseRequiredError';
	}
}

/**
 * The SQL that takes a database built by the provider's migration history to the current models; ''
 * when the history is current. Replays the history on a shadow database (SQLite: in memory).
 */
export async function diffSchemaAgainstMigrations(
	provider: DatabaseProvider,
	options: DiffOptions = {}
): Promise<string> {
	const { schemaDir, migrationsDir } = projectPaths(provider, options.projectRoot);
	const [schemaFiles, migrationsList] = await Promise.all([
		readSchemaFiles(schemaDir),
		readMigrationList(migrationsDir)
	]);
	const { from, factory } = await diffSource(provider, migrationsList, options);
	const sql = await withSchemaEngine(factory, schemaFiles, async (engine) => {
		const result = await engine.diff({
			from,
			to: { tag: 'schemaDatamodel', files: schemaFiles },
			script: true,
			exitCode: null,
			filters: NO_FILTERS
		});
		return result.stdout ?? '';
	});
	if (isEmptyMigration(sql)) return '';
	return from.tag === 'empty' ? withoutPublicSchemaCreation(sql) : sql;
}

/**
 * The history, replayed on a shadow database: SQLite's lives in memory; PostgreSQL's needs a server.
 * Without one, a history with no migrations yet can still be diffed from the empty schema, offline.
 */
async function diffSource(
	provider: DatabaseProvider,
	migrationsList: MigrationList,
	options: DiffOptions
): Promise<{ from: DiffTarget; factory: SqlMigrationAwareDriverAdapterFactory }> {
	const projectRoot = options.projectRoot ?? process.cwd();
	const history: DiffTarget = { tag: 'migrations', ...migrationsList };
	if (provider === 'sqlite') return { from: history, factory: await migrationFactory(':memory:', projectRoot) };
	if (options.shadowDatabaseUrl) {
		return { from: history, factory: await migrationFactory(options.shadowDatabaseUrl, projectRoot) };
	}
	if (migrationsList.migrationDirectories.length === 0) {
		return { from: { tag: 'empty' }, factory: noDatabaseFactory(provider) };
	}
	throw new ShadowDatabaseRequiredError();
}

/**
 * From the empty schema the engine also creates PostgreSQL's `public` schema, which every database
 * already has; `prisma migrate dev` (diffing from a real, empty database) writes no such statement, and
 * it needs the CREATE privilege on the database, which an application role may lack.
 */
function withoutPublicSchemaCreation(sql: string): string {
	return sql.replace(/^-- CreateSchema\nCREATE SCHEMA IF NOT EXISTS "public";\n\n/, '');
}

/** The engine answers "no changes" with a comment, `-- This is an empty migration.` */
function isEmptyMigration(sql: string): boolean {
	return sql
		.split('\n')
		.map((line) => line.trim())
		.every((line) => line === '' || line.startsWith('--'));
}

export type CreatedMigration = { name: string; file: string; sql: string };

/**
 * Writes prisma/migrations/<provider>/<UTC yyyymmddHHMMSS>_<name>/migration.sql with the SQL from
 * diffSchemaAgainstMigrations. Returns null, writing nothing, when the models match the history. The
 * engine's own createMigration cannot be used: it insists on a shadow database of its own making.
 */
export async function createMigration(
	name: string,
	provider: DatabaseProvider,
	options: DiffOptions & { now?: Date } = {}
): Promise<CreatedMigration | null> {
	const slug = migrationSlug(name);
	const folder = `${utcTimestamp(options.now ?? new Date())}_${slug}`;
	const { migrationsDir } = projectPaths(provider, options.projectRoot);
	const existing = (await readMigrationList(migrationsDir)).migrationDirectories.map((d) => d.path);
	const latest = existing.at(-1);
	// Migrations apply in name order; a folder sorting before the latest would be applied out of order.
	if (latest !== undefined && folder <= latest) {
		throw new Error(`migration ${folder} would sort before or equal to the latest, ${latest}; check the clock`);
	}

	const sql = await diffSchemaAgainstMigrations(provider, options);
	if (sql === '') return null;

	await mkdir(path.join(migrationsDir, folder), { recursive: true });
	const lockfile = path.join(migrationsDir, 'migration_lock.toml');
	if (
		!(await access(lockfile).then(
			() => true,
			() => false
		))
	)
		await writeFile(lockfile, lockfileContent(provider));
	const file = path.join(migrationsDir, folder, 'migration.sql');
	await writeFile(file, sql, { flag: 'wx' });
	return { name: folder, file, sql };
}

/** Like the Prisma CLI (slugify with `_`): `Add speaker photos!` and `addSpeakerPhotos` become add_speaker_photos. */
export function migrationSlug(name: string): string {
	const slug = name
		.replace(/([a-z0-9])([A-Z])/g, '$1_$2')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '_')
		.replace(/^_+|_+$/g, '')
		.slice(0, 200);
	if (slug === '') throw new Error(`"${name}" is not a usable migration name (letters and digits, please)`);
	return slug;
}

export function utcTimestamp(date: Date): string {
	return date.toISOString().replace(/\D/g, '').slice(0, 14);
}
