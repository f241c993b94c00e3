// Vitest global setup: migrate and seed the run's fresh database (DATABASE_URL from vite.config.ts: a
// SQLite file, deleted afterwards, or a PostgreSQL database that scripts/test-postgres.ts created and drops).
import { rm } from 'node:fs/promises';
import { applyMigrations } from '../db/migrations';
import { createDatabase, prepareDatabase } from '../db/client';
import { providerFromUrl, sqliteFilePath } from '../db/provider';
import { seedSummit } from '../seed/seed';

export default async function setup() {
	const url = process.env.TEST_DATABASE_URL;
	if (!url) throw new Error('TEST_DATABASE_URL is not set (vite.config.ts sets it).');
	await applyMigrations(url);
	const db = createDatabase(url);
	await prepareDatabase(db, url);
	await seedSummit(db);
	await db.$disconnect();
	return async () => {
		if (providerFromUrl(url) === 'postgres') return;
		const file = sqliteFilePath(url);
		await Promise.all(['', '-wal', '-shm'].map((suffix) => rm(file + suffix, { force: true })));
	};
}
