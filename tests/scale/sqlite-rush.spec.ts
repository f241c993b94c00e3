// One production build on SQLite under a registration rush: registrations written together share a
// transaction (group commit), so the seats must stay exact and nothing acknowledged may be lost when the
// process is killed. Needs a build (`npm run test:scale`).
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/bench/cluster';
import { registrationBody } from '../../scripts/bench/load';
import { startServer, type RunningServer } from '../../scripts/bench/server';

const missing = existsSync('build/index.js') ? null : 'there is no build (vite build)';
if (missing) console.log(`Skipping the SQLite rush test: ${missing}.`);

const SEATS = 50;

describe.skipIf(missing)('one instance on SQLite under a registration rush', () => {
	let folder = '';
	let file = '';
	let server: RunningServer;
	let sessionId = 0;

	const post = (email: string) =>
		fetch(`${server.url}/register`, {
			method: 'POST',
			redirect: 'manual',
			headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.url, accept: 'text/html' },
			body: registrationBody(email, [sessionId])
		}).then(
			(r) => r.status,
			() => 0
		);

	function read<T>(sql: string, ...args: unknown[]): T {
		const check = new Database(file, { readonly: true });
		try {
			return check.prepare(sql).get(...args) as T;
		} finally {
			check.close();
		}
	}

	beforeAll(async () => {
		folder = await mkdtemp(join(tmpdir(), 'summit-sqlite-rush-'));
		file = join(folder, 'rush.db');
		const env = { DATABASE_URL: `file:${file}`, REGISTRATION_RATE_LIMIT: '0', MAIL_OUTBOX_DIR: join(folder, 'outbox') };
		server = await startServer(await freePort(), env);
		const sqlite = new Database(file);
		sqlite.pragma('busy_timeout = 5000');
		sqlite.prepare('UPDATE "Event" SET capacity = ?').run(SEATS);
		sessionId = (
			sqlite
				.prepare(`SELECT id FROM "Session" WHERE kind NOT IN ('break', 'networking') ORDER BY "startsAt", id LIMIT 1`)
				.get() as { id: number }
		).id;
		sqlite.prepare('UPDATE "Session" SET capacity = 20 WHERE id = ?').run(sessionId);
		sqlite.close();
	});

	afterAll(async () => {
		await server?.stop();
		if (folder) await rm(folder, { recursive: true, force: true });
	});

	it('200 simultaneous registrations for 50 seats confirm exactly 50, each with its link, choice and mail', async () => {
		const answers = await Promise.all(Array.from({ length: 200 }, (_, n) => post(`seat-${n}@rush.example`)));
		expect(answers.filter((status) => status === 303)).toHaveLength(200);
		const counts = read<{ confirmed: number; waitlisted: number; seats: number; sessionSeats: number }>(
			`SELECT (SELECT count(*) FROM "Registration" WHERE status = 'confirmed') AS confirmed,
				(SELECT count(*) FROM "Registration" WHERE status = 'waitlisted') AS waitlisted,
				(SELECT "confirmedCount" FROM "Event" WHERE id = (SELECT "eventId" FROM "CurrentEdition")) AS seats,
				(SELECT "confirmedCount" FROM "Session" WHERE id = ?) AS sessionSeats`,
			sessionId
		);
		expect(counts).toEqual({ confirmed: SEATS, waitlisted: 150, seats: SEATS, sessionSeats: 20 });
		const whole = read<{ tokens: number; mails: number; choices: number; seated: number }>(
			`SELECT (SELECT count(*) FROM "RegistrationToken") AS tokens,
				(SELECT count(*) FROM "OutboxMail" WHERE kind = 'registration-confirmation') AS mails,
				(SELECT count(*) FROM "RegistrationSession") AS choices,
				(SELECT count(*) FROM "RegistrationSession" WHERE status = 'confirmed') AS seated`
		);
		expect(whole).toEqual({ tokens: 200, mails: 200, choices: 200, seated: 20 });
	});

	it('killed with SIGKILL under load, it loses no acknowledged registration', async () => {
		const emails = Array.from({ length: 300 }, (_, n) => `kill-${n}@rush.example`);
		let answered = 0;
		const answers = await Promise.all(
			emails.map((email) =>
				post(email).then((status) => {
					if (++answered === 60) server.process.kill('SIGKILL');
					return status;
				})
			)
		);
		const acknowledged = emails.filter((_, n) => answers[n] === 303);
		expect(acknowledged.length).toBeGreaterThanOrEqual(60);
		const check = new Database(file, { readonly: true });
		const stored = new Set(
			(check.prepare(`SELECT email FROM "Registration" WHERE email LIKE 'kill-%'`).all() as { email: string }[]).map(
				(row) => row.email
			)
		);
		const mails = (
			check.prepare(`SELECT count(*) AS n FROM "OutboxMail" WHERE "toAddress" LIKE 'kill-%'`).get() as { n: number }
		).n;
		check.close();
		expect(acknowledged.filter((email) => !stored.has(email))).toEqual([]);
		expect(mails).toBe(stored.size);
	});
});
