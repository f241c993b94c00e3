// Vitest global setup: migrate and seed the run's fresh SQLite file (DATABASE_URL from vite.config.ts),
// and delete it afterwards.
import { rm } from 'node:fs/promises';
import { applyMigrations } from '../db/migrate';
import { createDatabase, prepareDatabase } from '../db/client';
import { sqliteFilePath } from '../db/provider';
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
		const file = sqliteFilePath(url);
		await Promise.all(['', '-wal', '-shm'].map((suffix) => rm(file + suffix, { force: true })));
	};
}
