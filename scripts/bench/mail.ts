// Mail through a real SMTP conversation with a server as slow as a distant provider: how many confirmations
// a second the outbox sends with 1, 3 and 10 SMTP connections (SMTP_CONNECTIONS), and the app's CPU per mail.
// Run alone: `npx vite build && npx tsx scripts/bench/mail.ts`.
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestSmtpServer } from '../../src/lib/server/testing/smtp';
import { freePort } from './cluster';
import { registrationRequest } from './load';
import { cpuSeconds, ensureBuild, startServer } from './server';

const REGISTRATIONS = Number(process.env.BENCH_MAIL_REGISTRATIONS ?? 300);
/** A provider's answer to a message's data takes tens of milliseconds; 50 is on the quick side. */
const ANSWER_AFTER_MS = Number(process.env.BENCH_SMTP_ANSWER_MS ?? 50);
const CONNECTION_COUNTS = [1, 3, 10];

type MailFigures = { connections: number; mailsPerSecond: number; cpuMsPerMail: number; mostAtOnce: number };

/** REGISTRATIONS through the form, then the time until the last confirmation has been taken by the server. */
async function mailRun(folder: string, connections: number): Promise<MailFigures> {
	// The tests' SMTP server, answering each message ANSWER_AFTER_MS after it has arrived, keeping none.
	const smtp = await startTestSmtpServer({ answerAfterMs: ANSWER_AFTER_MS, keep: false });
	const file = join(folder, `mail-${connections}.db`);
	const port = await freePort();
	const site = `http://127.0.0.1:${port}`;
	const server = await startServer(port, {
		DATABASE_URL: `file:${file}`,
		REGISTRATION_RATE_LIMIT: '0',
		SMTP_URL: smtp.url,
		SMTP_CONNECTIONS: String(connections),
		MAIL_FROM: 'Bench <bench@example.org>'
	});
	const db = new Database(file);
	try {
		db.exec(`UPDATE "Event" SET capacity = 10000000; UPDATE "Session" SET capacity = NULL;`);
		const sessionIds = db
			.prepare(`SELECT id FROM "Session" WHERE kind NOT IN ('break', 'networking') ORDER BY "startsAt", id LIMIT 2`)
			.pluck()
			.all() as number[];
		const unsent = db.prepare(
			`SELECT count(*) FROM "OutboxMail" WHERE kind = 'registration-confirmation' AND "sentAt" IS NULL`
		);
		const pid = server.process.pid!;
		const cpuBefore = cpuSeconds(pid);
		const started = performance.now();
		await autocannon({
			url: `${site}/register`,
			connections: 10,
			amount: REGISTRATIONS,
			requests: [registrationRequest(site, sessionIds)]
		});
		while ((unsent.pluck().get() as number) > 0) await new Promise((resolve) => setTimeout(resolve, 50));
		const seconds = (performance.now() - started) / 1000;
		const mails = db
			.prepare(`SELECT count(*) FROM "OutboxMail" WHERE kind = 'registration-confirmation'`)
			.pluck()
			.get() as number;
		return {
			connections,
			mailsPerSecond: mails / seconds,
			// The registrations' own CPU is in it too: a small share beside a mail's.
			cpuMsPerMail: ((cpuSeconds(pid) - cpuBefore) * 1000) / mails,
			mostAtOnce: smtp.mostAtOnce()
		};
	} finally {
		db.close();
		await server.stop();
		await smtp.close();
	}
}

export async function benchMail(): Promise<string[]> {
	ensureBuild();
	const folder = await mkdtemp(join(tmpdir(), 'summit-mail-bench-'));
	try {
		const lines = [
			`Mail: ${REGISTRATIONS} registrations, each confirmation sent to an SMTP server that answers after ${ANSWER_AFTER_MS} ms`
		];
		for (const connections of CONNECTION_COUNTS) {
			const run = await mailRun(folder, connections);
			lines.push(
				`  SMTP_CONNECTIONS=${run.connections}: ${run.mailsPerSecond.toFixed(1)} confirmations sent/s, ` +
					`at most ${run.mostAtOnce} at once at the server; app CPU ${run.cpuMsPerMail.toFixed(2)} ms per registration and its mail`
			);
		}
		return lines;
	} finally {
		await rm(folder, { recursive: true, force: true });
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	console.log((await benchMail()).join('\n'));
	process.exit(0);
}
