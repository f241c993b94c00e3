// The same two loads (the agenda, registrations) on the three ways to run the site: SQLite with one
// instance, PostgreSQL with one, PostgreSQL with two behind nginx. PostgreSQL rows need POSTGRES_URL
// (a server where a scratch database may be created) and nginx; without them they are skipped.
import Database from 'better-sqlite3';
import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { createPostgresDatabase, freePort, nginxBinary, startNginx } from './cluster';
import { formatFigures, measureGet, measureRegistrations, OPEN_UP_SQL, SESSION_IDS_SQL, type Figures } from './load';
import { startServer, type RunningServer } from './server';

type ScaleRow = { setup: string; agenda: Figures; registrations: Figures } | { setup: string; skipped: string };

async function measure(site: string, sessionIds: number[]) {
	return { agenda: await measureGet(`${site}/agenda`), registrations: await measureRegistrations(site, sessionIds) };
}

function instanceEnv(folder: string, databaseUrl: string, origin: string) {
	return {
		DATABASE_URL: databaseUrl,
		ORIGIN: origin,
		REGISTRATION_RATE_LIMIT: '0',
		MAIL_OUTBOX_DIR: join(folder, 'outbox')
	};
}

async function sqliteOne(folder: string): Promise<ScaleRow> {
	const file = join(folder, 'scale.db');
	const port = await freePort();
	const server = await startServer(port, instanceEnv(folder, `file:${file}`, `http://127.0.0.1:${port}`));
	try {
		const sqlite = new Database(file);
		sqlite.pragma('busy_timeout = 5000');
		sqlite.exec(OPEN_UP_SQL);
		const sessionIds = (sqlite.prepare(SESSION_IDS_SQL).all() as { id: number }[]).map((row) => row.id);
		sqlite.close();
		return { setup: 'SQLite, 1 instance', ...(await measure(server.url, sessionIds)) };
	} finally {
		await server.stop();
	}
}

async function postgres(folder: string, serverUrl: string, count: number): Promise<ScaleRow> {
	const setup = `PostgreSQL, ${count} instance${count > 1 ? 's behind nginx' : ''}`;
	if (count > 1 && !nginxBinary) return { setup, skipped: 'nginx is not installed' };
	const database = await createPostgresDatabase(serverUrl, 'bench');
	const ports = await Promise.all(Array.from({ length: count }, () => freePort()));
	const proxyPort = count > 1 ? await freePort() : ports[0]!;
	const site = `http://127.0.0.1:${proxyPort}`;
	const instances: RunningServer[] = [];
	let proxy: Awaited<ReturnType<typeof startNginx>> | null = null;
	try {
		// One at a time: the first migrates and seeds, the others find it done.
		for (const port of ports)
			instances.push(await startServer(port, { ...instanceEnv(folder, database.url, site), DATABASE_POOL_SIZE: '10' }));
		if (count > 1) proxy = await startNginx(folder, ports, proxyPort);
		const sql = new pg.Client({ connectionString: database.url });
		await sql.connect();
		await sql.query(OPEN_UP_SQL);
		const sessionIds = (await sql.query<{ id: number }>(SESSION_IDS_SQL)).rows.map((row) => row.id);
		await sql.end();
		return { setup, ...(await measure(site, sessionIds)) };
	} finally {
		await proxy?.stop();
		await Promise.all(instances.map((instance) => instance.stop()));
		await database.drop();
	}
}

export async function benchScale(): Promise<ScaleRow[]> {
	const folder = await mkdtemp(join(process.env.TMPDIR ?? '/tmp', 'summit-scale-bench-'));
	const serverUrl = process.env.POSTGRES_URL?.trim();
	try {
		const rows: ScaleRow[] = [await sqliteOne(folder)];
		for (const count of [1, 2]) {
			rows.push(
				serverUrl
					? await postgres(folder, serverUrl, count)
					: { setup: `PostgreSQL, ${count} instance(s)`, skipped: 'POSTGRES_URL is not set' }
			);
		}
		return rows;
	} finally {
		await rm(folder, { recursive: true, force: true });
	}
}

export function formatScaleRows(rows: ScaleRow[]): string[] {
	return rows.map((row) =>
		'skipped' in row
			? `${row.setup.padEnd(40)} skipped: ${row.skipped}`
			: `${row.setup.padEnd(40)} agenda ${formatFigures(row.agenda)}; registrations ${formatFigures(row.registrations)}`
	);
}
