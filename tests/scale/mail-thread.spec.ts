// The production build sends mail from a thread of its own at the lowest priority, so that a rush's
// requests are answered first (src/lib/server/mail/drainer-thread.ts). Linux only: it reads the threads'
// nice values from /proc. Needs a build (`npm run test:scale`).
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, waitUntil } from '../../scripts/bench/cluster';
import { registrationBody } from '../../scripts/bench/load';
import { startServer, statFields, type RunningServer } from '../../scripts/bench/server';
import { startTestSmtpServer, type TestSmtpServer } from '../../src/lib/server/testing/smtp';

const missing = !existsSync('build/index.js')
	? 'there is no build (vite build)'
	: !existsSync('/proc/self/task')
		? 'threads cannot be read from /proc here'
		: null;
if (missing) console.log(`Skipping the mail thread test: ${missing}.`);

/** The nice value of each thread of a process by thread id (field 19 of /proc/<pid>/task/<tid>/stat). */
function threadNiceValues(pid: number): Map<number, number> {
	return new Map(
		readdirSync(`/proc/${pid}/task`).map((tid) => [
			Number(tid),
			Number(statFields(`/proc/${pid}/task/${tid}/stat`)[16])
		])
	);
}

describe.skipIf(missing)('the build drains mail on a thread of its own', () => {
	let folder = '';
	let smtp: TestSmtpServer;
	let server: RunningServer;

	beforeAll(async () => {
		folder = await mkdtemp(join(tmpdir(), 'summit-mail-thread-'));
		smtp = await startTestSmtpServer();
		server = await startServer(await freePort(), {
			DATABASE_URL: `file:${join(folder, 'mail.db')}`,
			SMTP_URL: smtp.url,
			MAIL_FROM: 'Summit <summit@example.org>'
		});
	});

	afterAll(async () => {
		await server?.stop();
		await smtp?.close();
		if (folder) await rm(folder, { recursive: true, force: true });
	});

	it('a confirmation goes out through SMTP while the requests keep the normal priority', async () => {
		const sqlite = new Database(join(folder, 'mail.db'), { readonly: true });
		const { id: sessionId } = sqlite
			.prepare(`SELECT id FROM "Session" WHERE kind NOT IN ('break', 'networking') ORDER BY "startsAt", id`)
			.get() as { id: number };
		sqlite.close();
		const answer = await fetch(`${server.url}/register`, {
			method: 'POST',
			redirect: 'manual',
			headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.url, accept: 'text/html' },
			body: registrationBody('thread@mail.example', [sessionId])
		});
		expect(answer.status).toBe(303);
		expect(
			await waitUntil(
				() => smtp.messages.some((mail) => JSON.stringify(mail.to).includes('thread@mail.example')),
				15_000
			)
		).toBe(true);

		const pid = server.process.pid!;
		const niceValues = threadNiceValues(pid);
		// The process's first thread (its id is the pid) answers the requests.
		expect(niceValues.get(pid)).toBe(0);
		expect([...niceValues.values()].filter((nice) => nice === 19)).toHaveLength(1);
	});

	it('SIGTERM stops the thread and the process within seconds', async () => {
		const started = Date.now();
		await server.stop();
		expect(server.process.exitCode).toBe(0);
		expect(Date.now() - started).toBeLessThan(8_000);
		expect(server.output()).toContain('Stopped.');
	});

	// A stop can reach the thread while it is still opening its database. Before that was handled, about
	// one start in six, stopped within half a second, logged that the thread "could not start".
	it('servers stopped right after they start stop cleanly, their mail threads too', async () => {
		for (let i = 0; i < 12; i++) {
			const early = await startServer(await freePort(), { DATABASE_URL: `file:${join(folder, `early-${i}.db`)}` });
			await new Promise((resolve) => setTimeout(resolve, (i % 6) * 100));
			await early.stop();
			expect(early.process.exitCode).toBe(0);
			expect(early.errorOutput()).not.toContain('mail thread');
		}
	});
});
