// Registrations per second through the real form action of the production build, next to raw inserts of
// the same rows with better-sqlite3 (WAL, synchronous=NORMAL, one transaction per registration).
import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { measureRegistrations } from './load';
import { startServer } from './server';

export type RegistrationFigures = {
	formPerSecond: number;
	p99: number;
	errors: number;
	rawPerSecond: number;
	confirmed: number;
	stored: number;
};

export async function benchRegistration(folder: string, port: number): Promise<RegistrationFigures> {
	const file = join(folder, 'registration-bench.db');
	const server = await startServer(port, {
		DATABASE_URL: `file:${file}`,
		REGISTRATION_RATE_LIMIT: '0',
		MAIL_OUTBOX_DIR: join(folder, 'outbox')
	});
	// Room for everyone, so every request takes the confirmed path (the heavier one), with two sessions.
	const sqlite = new Database(file);
	sqlite.pragma('busy_timeout = 5000');
	sqlite.prepare('UPDATE Event SET capacity = 10000000').run();
	sqlite.prepare('UPDATE Session SET capacity = NULL').run();
	const sessionIds = (
		sqlite.prepare("SELECT id FROM Session WHERE kind NOT IN ('break', 'networking') LIMIT 2").all() as { id: number }[]
	).map((row) => row.id);
	sqlite.close();

	const result = await measureRegistrations(server.url, sessionIds);
	await server.stop();

	const check = new Database(file, { readonly: true });
	const stored = (check.prepare('SELECT count(*) AS n FROM Registration').get() as { n: number }).n;
	const confirmed = (
		check.prepare("SELECT count(*) AS n FROM Registration WHERE status = 'confirmed'").get() as { n: number }
	).n;
	check.close();

	return {
		formPerSecond: result.requestsPerSecond,
		p99: result.p99,
		errors: result.errors,
		rawPerSecond: rawInsertsPerSecond(join(folder, 'raw.db'), Math.max(stored, 2000)),
		confirmed,
		stored
	};
}

/** The same rows (registration, link, two choices, confirmation mail) straight into SQLite. */
export function rawInsertsPerSecond(file: string, count: number): number {
	const sqlite = new Database(file);
	sqlite.pragma('journal_mode = WAL');
	sqlite.pragma('synchronous = NORMAL');
	sqlite.exec(`
		CREATE TABLE registration (id INTEGER PRIMARY KEY, reference TEXT UNIQUE, email TEXT, email_normalised TEXT UNIQUE, full_name TEXT,
			organisation TEXT, job_title TEXT, category TEXT, country TEXT, status TEXT, consented_at TEXT, created_at TEXT);
		CREATE TABLE token (hash TEXT PRIMARY KEY, registration_id INTEGER);
		CREATE TABLE choice (registration_id INTEGER, session_id INTEGER, status TEXT, PRIMARY KEY (registration_id, session_id));
		CREATE TABLE mail (id INTEGER PRIMARY KEY, registration_id INTEGER, kind TEXT, to_address TEXT, payload TEXT);
		CREATE TABLE event (id INTEGER PRIMARY KEY, confirmed INTEGER);
		INSERT INTO event VALUES (1, 0);`);
	const seat = sqlite.prepare('UPDATE event SET confirmed = confirmed + 1 WHERE id = 1');
	const registration = sqlite.prepare('INSERT INTO registration VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
	const token = sqlite.prepare('INSERT INTO token VALUES (?, ?)');
	const choice = sqlite.prepare('INSERT INTO choice VALUES (?, ?, ?)');
	const mail = sqlite.prepare('INSERT INTO mail VALUES (NULL, ?, ?, ?, ?)');
	const insert = sqlite.transaction((i: number) => {
		const now = new Date().toISOString();
		seat.run();
		const email = `raw-${i}@example.com`;
		const { lastInsertRowid: id } = registration.run(
			`REF-${i}`,
			email,
			email,
			`Raw ${i}`,
			'Org',
			'Engineer',
			'industry',
			'HK',
			'confirmed',
			now,
			now
		);
		token.run(randomBytes(32).toString('hex'), id);
		choice.run(id, 1, 'confirmed');
		choice.run(id, 2, 'confirmed');
		mail.run(id, 'registration-confirmation', email, '{}');
	});
	const started = performance.now();
	for (let i = 0; i < count; i++) insert(i);
	const seconds = (performance.now() - started) / 1000;
	sqlite.close();
	return count / seconds;
}
