// The offline migrator against real SQLite files (and a real PostgreSQL when POSTGRES_URL or
// SHADOW_DATABASE_URL names one): what it records must be what the Prisma CLI records.
import { createHash, randomUUID } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PrismaClient } from '../../../../generated/sqlite/client';
import {
	applyMigrations,
	createMigration,
	diffSchemaAgainstMigrations,
	migrateDatabase,
	migrationSlug,
	migrationStatus
} from '.';
import type { DatabaseProvider } from '../provider';

const postgresServer = process.env.SHADOW_DATABASE_URL || process.env.POSTGRES_URL || undefined;

async function migrationsOnDisk(provider: DatabaseProvider, root = process.cwd()) {
	const dir = path.join(root, 'prisma', 'migrations', provider);
	const entries = await readdir(dir, { withFileTypes: true });
	const names = entries
		.filter((entry) => entry.isDirectory())
		.map((entry) => entry.name)
		.sort();
	return Promise.all(
		names.map(async (name) => {
			const sql = await readFile(path.join(dir, name, 'migration.sql'));
			return { name, checksum: createHash('sha256').update(sql).digest('hex') };
		})
	);
}

let scratch: string;
beforeEach(async () => {
	scratch = await mkdtemp(path.join(tmpdir(), 'summit-migrate-'));
});
afterEach(async () => {
	await rm(scratch, { recursive: true, force: true });
});

/** A copy of parts of prisma/ (by default the models, SQLite schema and history) that a test may change. */
async function projectCopy(parts = ['models', 'sqlite', 'migrations/sqlite']): Promise<string> {
	const root = path.join(scratch, 'project');
	for (const part of parts) {
		await cp(path.join('prisma', part), path.join(root, 'prisma', part), { recursive: true, verbatimSymlinks: true });
	}
	return root;
}

describe('applyMigrations on SQLite', () => {
	it('creates the folder, the tables and one _prisma_migrations row per migration, as the CLI would', async () => {
		const expected = await migrationsOnDisk('sqlite');
		const file = path.join(scratch, 'not', 'yet', 'there', 'summit.db');

		const { applied } = await applyMigrations(`file:${file}`);

		expect(expected.length).toBeGreaterThan(0);
		expect(applied).toEqual(expected.map((m) => m.name));
		const sqlite = new Database(file, { readonly: true });
		try {
			const tables = sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).pluck().all();
			expect(tables).toEqual(expect.arrayContaining(['Event', 'Session', 'Speaker', 'Track', '_prisma_migrations']));
			const rows = sqlite
				.prepare(
					`SELECT migration_name AS name, checksum, finished_at AS finishedAt, rolled_back_at AS rolledBackAt,
					 applied_steps_count AS steps FROM _prisma_migrations ORDER BY migration_name`
				)
				.all();
			expect(rows).toEqual(
				expected.map((m) => ({
					name: m.name,
					checksum: m.checksum,
					finishedAt: expect.any(String),
					rolledBackAt: null,
					steps: 1
				}))
			);
		} finally {
			sqlite.close();
		}
	});

	it('applies nothing when the database is current', async () => {
		const url = `file:${path.join(scratch, 'summit.db')}`;
		await applyMigrations(url);

		expect(await applyMigrations(url)).toEqual({ applied: [] });
	});

	it('leaves no connection or lock behind: a PrismaClient in the same process writes at once', async () => {
		const file = path.join(scratch, 'summit.db');
		await applyMigrations(`file:${file}`);

		// At once, before a garbage collection could close a forgotten connection: switching to WAL (what
		// the app does first) needs every other connection to the file closed.
		const direct = new Database(file, { timeout: 0 });
		try {
			expect(direct.pragma('journal_mode = WAL', { simple: true })).toBe('wal');
		} finally {
			direct.close();
		}
		const db = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: file }) });
		try {
			await db.organisation.create({ data: { slug: 'hkstp', name: 'Hong Kong Science Park', shortName: 'HKSTP' } });
			expect(await db.organisation.count()).toBe(1);
		} finally {
			await db.$disconnect();
		}
	});

	it('reports pending migrations without creating the file, and current ones after applying', async () => {
		const names = (await migrationsOnDisk('sqlite')).map((m) => m.name);
		const file = path.join(scratch, 'summit.db');

		const before = await migrationStatus(`file:${file}`);
		await expect(readFile(file)).rejects.toThrow(/ENOENT/);
		await applyMigrations(`file:${file}`);
		const after = await migrationStatus(`file:${file}`);

		expect(before).toMatchObject({ pending: names, applied: [], current: false });
		expect(after).toEqual({
			available: names,
			applied: names,
			pending: [],
			failed: [],
			edited: [],
			unknown: [],
			current: true
		});
	});

	it('migrateDatabase applies what is pending, and leaves a current database alone while another process writes to it', async () => {
		const names = (await migrationsOnDisk('sqlite')).map((m) => m.name);
		const file = path.join(scratch, 'summit.db');
		expect(await migrateDatabase(`file:${file}`)).toEqual(names);

		// A running instance (WAL, as the app sets it) in the middle of a write.
		const instance = new Database(file);
		instance.pragma('journal_mode = WAL');
		instance.exec('BEGIN IMMEDIATE');
		instance.exec(`INSERT INTO "Organisation" (slug, name, shortName) VALUES ('x', 'X', 'X')`);
		try {
			expect(await migrateDatabase(`file:${file}`)).toEqual([]);
		} finally {
			instance.exec('ROLLBACK');
			instance.close();
		}
	});

	it('fails on a broken migration, naming it, and records it as failed as the CLI does', async () => {
		const projectRoot = await projectCopy();
		const broken = path.join(projectRoot, 'prisma', 'migrations', 'sqlite', '20990101000000_broken');
		await mkdir(broken);
		await writeFile(path.join(broken, 'migration.sql'), 'ALTER TABLE "NoSuchTable" ADD COLUMN "x" TEXT;\n');
		const url = `file:${path.join(scratch, 'summit.db')}`;

		await expect(applyMigrations(url, { projectRoot })).rejects.toThrow(/20990101000000_broken/);
		const status = await migrationStatus(url, { projectRoot });
		expect(status).toMatchObject({ failed: ['20990101000000_broken'], pending: [], current: false });
		expect(status.applied).toHaveLength(status.available.length - 1);
	});
});

describe('the migration history matches the models (create a migration when this fails)', () => {
	it('sqlite: npm run db:migration:create -- <name>', async () => {
		expect(await diffSchemaAgainstMigrations('sqlite')).toBe('');
	});

	// Replaying the PostgreSQL history needs a server for its shadow database.
	it.skipIf(!postgresServer)('postgres (needs SHADOW_DATABASE_URL or POSTGRES_URL)', async () => {
		expect(await migrationsOnDisk('postgres')).not.toHaveLength(0);
		expect(await diffSchemaAgainstMigrations('postgres', { shadowDatabaseUrl: postgresServer })).toBe('');
	});
});

describe('createMigration', () => {
	it('writes nothing when the models match the history', async () => {
		const projectRoot = await projectCopy();
		const before = await migrationsOnDisk('sqlite', projectRoot);

		expect(await createMigration('nothing to do', 'sqlite', { projectRoot })).toBeNull();
		expect(await migrationsOnDisk('sqlite', projectRoot)).toEqual(before);
	});

	it('writes <UTC timestamp>_<name>/migration.sql for a changed model, which then applies', async () => {
		const projectRoot = await projectCopy();
		const models = path.join(projectRoot, 'prisma', 'models', 'event.prisma');
		const changed = (await readFile(models, 'utf8')).replace(
			'  websiteUrl  String?\n',
			'  websiteUrl  String?\n  logoUrl     String?\n'
		);
		await writeFile(models, changed);

		const created = await createMigration('addOrganisationLogo', 'sqlite', {
			projectRoot,
			now: new Date('2099-01-02T03:04:05Z')
		});

		expect(created?.name).toBe('20990102030405_add_organisation_logo');
		expect(created?.file).toBe(
			path.join(projectRoot, 'prisma', 'migrations', 'sqlite', '20990102030405_add_organisation_logo', 'migration.sql')
		);
		expect(await readFile(created?.file ?? '', 'utf8')).toMatch(
			/ALTER TABLE "Organisation" ADD COLUMN "logoUrl" TEXT;/
		);
		expect(await diffSchemaAgainstMigrations('sqlite', { projectRoot })).toBe('');
		const { applied } = await applyMigrations(`file:${path.join(scratch, 'summit.db')}`, { projectRoot });
		expect(applied.at(-1)).toBe('20990102030405_add_organisation_logo');
	});

	it('creates the first PostgreSQL migration offline, from the empty schema', async () => {
		const projectRoot = await projectCopy(['models', 'postgres']);

		const created = await createMigration('init', 'postgres', { projectRoot });

		expect(created?.sql).toMatch(/^-- CreateTable\nCREATE TABLE "Track" \(\n {4}"id" SERIAL NOT NULL,/);
		expect(created?.sql).not.toMatch(/CREATE SCHEMA/);
		const lockfile = path.join(projectRoot, 'prisma', 'migrations', 'postgres', 'migration_lock.toml');
		expect(await readFile(lockfile, 'utf8')).toMatch(/^provider = "postgresql"$/m);
	});

	it('refuses a name that would sort before the latest migration', async () => {
		const projectRoot = await projectCopy();

		await expect(
			createMigration('late', 'sqlite', { projectRoot, now: new Date('2000-01-01T00:00:00Z') })
		).rejects.toThrow(/would sort before or equal to the latest/);
	});

	it('names folders the way the Prisma CLI does', () => {
		expect(migrationSlug('Add speaker photos!')).toBe('add_speaker_photos');
		expect(migrationSlug('addSpeakerPhotos')).toBe('add_speaker_photos');
		expect(() => migrationSlug(' !! ')).toThrow(/not a usable migration name/);
	});
});

describe.skipIf(!postgresServer)('applyMigrations on PostgreSQL (POSTGRES_URL or SHADOW_DATABASE_URL)', () => {
	// The describe body runs even when skipped: nothing here may need the server.
	const server = postgresServer ?? 'postgresql://localhost/unused';
	const database = `summit_test_${randomUUID().replaceAll('-', '')}`;
	const url = Object.assign(new URL(server), { pathname: `/${database}` }).toString();

	async function onServer(sql: string): Promise<void> {
		const client = new pg.Client({ connectionString: server });
		await client.connect();
		try {
			await client.query(sql);
		} finally {
			await client.end();
		}
	}
	beforeEach(() => onServer(`CREATE DATABASE "${database}"`));
	afterEach(() => onServer(`DROP DATABASE IF EXISTS "${database}"`));

	it('applies every migration once, records checksums, and closes its connections', async () => {
		const expected = await migrationsOnDisk('postgres');

		expect((await applyMigrations(url)).applied).toEqual(expected.map((m) => m.name));
		expect(await applyMigrations(url)).toEqual({ applied: [] });
		expect((await migrationStatus(url)).current).toBe(true);
		const client = new pg.Client({ connectionString: url });
		await client.connect();
		try {
			const { rows } = await client.query(
				'SELECT migration_name AS name, checksum, finished_at IS NOT NULL AS finished FROM _prisma_migrations ORDER BY 1'
			);
			expect(rows).toEqual(expected.map((m) => ({ ...m, finished: true })));
		} finally {
			await client.end();
		}
		// DROP DATABASE in afterEach fails while any connection of the migrator is still open.
	});

	it('sends each migration whole, so a semicolon inside a string does not cut it', async () => {
		const projectRoot = await projectCopy(['models', 'postgres', 'migrations/postgres']);
		const folder = path.join(projectRoot, 'prisma', 'migrations', 'postgres', '20990101000000_semicolon');
		await mkdir(folder);
		await writeFile(
			path.join(folder, 'migration.sql'),
			`CREATE TABLE "Note" ("text" TEXT NOT NULL DEFAULT 'before; after');\nINSERT INTO "Note" DEFAULT VALUES;\n`
		);

		expect((await applyMigrations(url, { projectRoot })).applied.at(-1)).toBe('20990101000000_semicolon');
		const client = new pg.Client({ connectionString: url });
		await client.connect();
		try {
			expect((await client.query('SELECT "text" FROM "Note"')).rows).toEqual([{ text: 'before; after' }]);
		} finally {
			await client.end();
		}
	});
});
