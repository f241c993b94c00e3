// npm run db:migration:create -- <name>: writes the migration from the migration history to the current
// models in prisma/models, once per provider, with the same folder name in both histories.
import pg from 'pg';
import {
	createMigration,
	projectPaths,
	readMigrationList,
	type CreatedMigration
} from '../src/lib/server/db/migrations';
import type { DatabaseProvider } from '../src/lib/server/db/provider';

const name = process.argv.slice(2).join(' ').trim();
if (!name) {
	console.error('usage: npm run db:migration:create -- <name>   (e.g. add_speaker_photos)');
	process.exit(1);
}

const now = new Date();
const shadowDatabaseUrl = process.env.SHADOW_DATABASE_URL?.trim() || process.env.POSTGRES_URL?.trim() || undefined;
let failed = false;

await create('sqlite');
const postgresHistoryIsEmpty =
	(await readMigrationList(projectPaths('postgres').migrationsDir)).migrationDirectories.length === 0;
if (postgresHistoryIsEmpty) {
	// The first migration is a diff from the empty schema: no server needed.
	await create('postgres');
} else if (!shadowDatabaseUrl) {
	skipPostgres('neither SHADOW_DATABASE_URL nor POSTGRES_URL is set');
} else {
	const unreachable = await whyUnreachable(shadowDatabaseUrl);
	if (unreachable) skipPostgres(`PostgreSQL at ${redact(shadowDatabaseUrl)} is not reachable: ${unreachable}`);
	else await create('postgres', shadowDatabaseUrl);
}
// The schema engine leaves a 10 s timer behind; do not wait for it.
process.exit(failed ? 1 : 0);

async function create(provider: DatabaseProvider, shadow?: string): Promise<void> {
	let created: CreatedMigration | null;
	try {
		created = await createMigration(name, provider, { now, shadowDatabaseUrl: shadow });
	} catch (error) {
		failed = true;
		console.error(`${provider}: failed, nothing written.\n${error instanceof Error ? error.message : String(error)}`);
		return;
	}
	if (created) console.log(`${provider}: created ${created.file}`);
	else console.log(`${provider}: the migration history already matches the models; nothing created`);
}

function skipPostgres(reason: string): void {
	console.warn(
		`postgres: not checked, nothing written (${reason}).\n` +
			'  Replaying the PostgreSQL history needs a server on which a temporary database can be created.\n' +
			'  If the models changed, the PostgreSQL history lags them until you run, for example:\n' +
			`  SHADOW_DATABASE_URL=postgresql://postgres:postgres@localhost:5432/postgres npm run db:migration:create -- ${name}\n` +
			'  (the SQLite history will then report that it already matches).'
	);
}

async function whyUnreachable(url: string): Promise<string | null> {
	const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
	try {
		await client.connect();
		await client.end();
		return null;
	} catch (error) {
		return error instanceof Error ? error.message : String(error);
	}
}

function redact(url: string): string {
	return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
