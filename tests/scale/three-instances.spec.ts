// Three production builds on one PostgreSQL database behind nginx on loopback, with a real SMTP server:
// what operators get when they scale out. Needs POSTGRES_URL, nginx and a build (`npm run test:scale`).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { get as httpsGet } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registrationBody } from '../../scripts/bench/load';
import { startServer, type RunningServer } from '../../scripts/bench/server';
import {
	createPostgresDatabase,
	freePort,
	nginxBinary,
	selfSignedCertificate,
	startNginx,
	waitUntil
} from '../../scripts/bench/cluster';
import { SECURITY_HEADERS } from '../../src/lib/server/security-headers';
import { startTestSmtpServer, type TestSmtpServer } from '../../src/lib/server/testing/smtp';

const serverUrl = process.env.POSTGRES_URL?.trim();
const missing = !serverUrl
	? 'POSTGRES_URL is not set'
	: !nginxBinary
		? 'nginx is not installed'
		: !existsSync('build/index.js')
			? 'there is no build (vite build)'
			: null;
if (missing) console.log(`Skipping the multi-instance test: ${missing}.`);

const PASSWORD = 'a long organizer passphrase';
const SEATS = 100;
const ATTENDEES = 300;

describe.skipIf(missing)('three instances behind nginx on one PostgreSQL database', () => {
	let database: Awaited<ReturnType<typeof createPostgresDatabase>> | null = null;
	let databaseUrl = '';
	let sql: pg.Client;
	let smtp: TestSmtpServer;
	let folder = '';
	let instances: RunningServer[] = [];
	let proxy: Awaited<ReturnType<typeof startNginx>> | null = null;
	let site = '';
	/** The TLS server of deploy/nginx.conf, with a certificate the test trusts; null without openssl. */
	let tls: { url: string; ca: string } | null = null;
	let sessionId = 0;
	let sessionSlug = '';
	// The organizer test cancels the first session; later registrations choose this one.
	let otherSessionId = 0;

	const post = (url: string, body: string, headers: Record<string, string> = {}) =>
		fetch(url, {
			method: 'POST',
			body,
			redirect: 'manual',
			headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', origin: site, ...headers }
		});
	const mailsTo = (address: string) =>
		smtp.messages.filter(
			(mail) => mail.to && !Array.isArray(mail.to) && mail.to.value.some((to) => to.address === address)
		).length;
	const statusCounts = async (prefix: string) => {
		const { rows } = await sql.query<{ status: string; n: string }>(
			`SELECT status, count(*) AS n FROM "Registration" WHERE email LIKE $1 GROUP BY status`,
			[`${prefix}%`]
		);
		return Object.fromEntries(rows.map((row) => [row.status, Number(row.n)]));
	};

	beforeAll(async () => {
		database = await createPostgresDatabase(serverUrl!, 'scale');
		databaseUrl = database.url;

		smtp = await startTestSmtpServer();
		folder = await mkdtemp(join(tmpdir(), 'summit-scale-'));
		const [proxyPort, ...ports] = await Promise.all([freePort(), freePort(), freePort(), freePort()]);
		site = `http://127.0.0.1:${proxyPort}`;

		// All three start at once on the empty database: they migrate and seed it between them.
		instances = await Promise.all(
			ports.map((port) =>
				startServer(port, {
					DATABASE_URL: databaseUrl,
					DATABASE_POOL_SIZE: '5',
					ORIGIN: site,
					SMTP_URL: smtp.url,
					REGISTRATION_RATE_LIMIT: '0',
					// A claim left by a killed instance is taken over after this long.
					MAIL_CLAIM_SECONDS: '3',
					// A rate, so the instances take turns at claiming (through the kill too), high enough that the
					// hundreds of mails below go out within the minute the test waits.
					MAIL_RATE_PER_MINUTE: '60000'
				})
			)
		);

		// The repository's nginx configuration, with this run's ports, its TLS server too.
		const certificate = selfSignedCertificate(folder);
		if (!certificate) console.log('openssl is missing: the TLS server of deploy/nginx.conf is not tried.');
		proxy = await startNginx(
			folder,
			ports,
			proxyPort,
			certificate ? { port: await freePort(), ...certificate } : undefined
		);
		if (certificate && proxy.tlsUrl) tls = { url: proxy.tlsUrl, ca: await readFile(certificate.certificate, 'utf8') };

		sql = new pg.Client({ connectionString: databaseUrl });
		await sql.connect();
		const session = await sql.query<{ id: number; slug: string }>(
			`SELECT id, slug FROM "Session" WHERE kind NOT IN ('break', 'networking') ORDER BY "startsAt", id LIMIT 2`
		);
		({ id: sessionId, slug: sessionSlug } = session.rows[0]!);
		otherSessionId = session.rows[1]!.id;
		// A hundred seats for the summit, none limited per session; every instance is told as after an
		// organizer's change: the shared content version raised, and announced, in the same transaction.
		await sql.query(`
			BEGIN;
			UPDATE "Event" SET capacity = ${SEATS};
			UPDATE "Session" SET capacity = NULL;
			INSERT INTO "ContentVersion" (id, version, "updatedAt") VALUES (1, 1, now())
				ON CONFLICT (id) DO UPDATE SET version = "ContentVersion".version + 1;
			SELECT pg_notify('summit_content_changed', version::text) FROM "ContentVersion" WHERE id = 1;
			COMMIT;`);
		await new Promise((resolve) => setTimeout(resolve, 1_000));
	});

	afterAll(async () => {
		await Promise.all(instances.map((instance) => instance.stop()));
		await proxy?.stop();
		await sql?.end();
		await smtp?.close();
		if (folder) await rm(folder, { recursive: true, force: true });
		await database?.drop();
	});

	it('started together: one instance applied the migrations and seeded, the others waited; all ready', async () => {
		const migrated = instances.filter((instance) => instance.output().includes('Applied migrations'));
		const seeded = instances.filter((instance) => instance.output().includes('Seeded the sample summit programme'));
		expect(migrated).toHaveLength(1);
		expect(seeded).toHaveLength(1);
		for (const instance of instances) {
			expect((await fetch(`${instance.url}/healthz`)).status).toBe(200);
			expect(await (await fetch(`${instance.url}/readyz`)).json()).toEqual({
				ready: true,
				database: 'ok',
				migrations: 'current'
			});
		}
	});

	it('static files through nginx carry the security headers, once; over HTTPS every response also has HSTS', async () => {
		const entry = (await readdir('build/client/_app/immutable/entry')).find((name) => name.endsWith('.js'));
		const staticPaths = ['/favicon.svg', '/og-image.png', '/_app/version.json', `/_app/immutable/entry/${entry}`];
		const hsts = 'max-age=63072000; includeSubDomains';
		const overHttps = (path: string) =>
			new Promise<{ status: number; headers: Headers }>((resolve, reject) => {
				httpsGet(`${tls!.url}${path}`, { ca: tls!.ca }, (response) => {
					response.resume();
					const headers = new Headers();
					for (const [name, value] of Object.entries(response.headers))
						for (const one of [value ?? []].flat()) headers.append(name, one);
					resolve({ status: response.statusCode ?? 0, headers });
				}).on('error', reject);
			});

		for (const path of [...staticPaths, '/agenda']) {
			const answers = [await fetch(`${site}${path}`), ...(tls ? [await overHttps(path)] : [])];
			for (const [n, answer] of answers.entries()) {
				expect(answer.status, path).toBe(200);
				// Headers.get joins repeated headers ("DENY, DENY"): each value exactly once.
				for (const [name, value] of Object.entries(SECURITY_HEADERS))
					expect(answer.headers.get(name), `${path} ${name}`).toBe(value);
				expect(answer.headers.get('strict-transport-security'), path).toBe(n === 0 ? null : hsts);
			}
		}
		// The same static file straight from an instance has none of them: this is nginx's doing.
		expect((await fetch(`${instances[0]!.url}/favicon.svg`)).headers.get('x-content-type-options')).toBeNull();
	});

	it('300 simultaneous registrations for 100 seats: exactly 100 confirmed, 200 waitlisted, one mail each', async () => {
		const emails = Array.from({ length: ATTENDEES }, (_, n) => `load-${n}@scale.example`);
		const answers = await Promise.all(
			emails.map((email) => post(`${site}/register`, registrationBody(email, [sessionId])).then((r) => r.status))
		);
		expect(answers.filter((status) => status === 303)).toHaveLength(ATTENDEES);

		expect(await statusCounts('load-')).toEqual({ confirmed: SEATS, waitlisted: ATTENDEES - SEATS });
		const { rows } = await sql.query(
			`SELECT "emailNormalised" FROM "Registration" GROUP BY "emailNormalised" HAVING count(*) > 1`
		);
		expect(rows).toEqual([]);
		const { rows: seats } = await sql.query<{ confirmedCount: number }>(`SELECT "confirmedCount" FROM "Event"`);
		expect(seats[0]!.confirmedCount).toBe(SEATS);

		expect(await waitUntil(() => emails.every((email) => mailsTo(email) >= 1), 60_000, 200)).toBe(true);
		// Give a second send, if there were one, the time to arrive.
		await new Promise((resolve) => setTimeout(resolve, 2_500));
		expect(emails.filter((email) => mailsTo(email) !== 1)).toEqual([]);
	});

	it('an organizer’s change through one instance shows on the others within a second', async () => {
		const [first, ...others] = instances as [RunningServer, ...RunningServer[]];
		const page = `/agenda/${sessionSlug}`;
		for (const instance of others) {
			await fetch(`${instance.url}${page}`);
			const warm = await fetch(`${instance.url}${page}`);
			expect(warm.headers.get('x-page-cache')).toBe('hit');
			expect(await warm.text()).not.toContain('This session has been cancelled.');
		}

		execFileSync(
			'npx',
			[
				'tsx',
				'scripts/admin-create.ts',
				'--email',
				'editor@scale.example',
				'--name',
				'Scale Editor',
				'--role',
				'editor'
			],
			{
				env: { ...process.env, DATABASE_URL: databaseUrl, ADMIN_PASSWORD: PASSWORD },
				stdio: 'pipe'
			}
		);
		const login = await post(
			`${first.url}/admin/login?/login`,
			new URLSearchParams({ email: 'editor@scale.example', password: PASSWORD }).toString()
		);
		expect(login.status).toBe(303);
		const cookie = login.headers
			.getSetCookie()
			.find((c) => c.startsWith('auth-session='))!
			.split(';')[0]!;

		const cancel = await post(`${first.url}/admin/sessions/${sessionId}?/cancel`, '', { cookie, accept: 'text/html' });
		expect(cancel.status).toBe(200);
		const changedAt = Date.now();
		const seenAfter = await Promise.all(
			others.map(async (instance) => {
				await waitUntil(
					async () =>
						(await (await fetch(`${instance.url}${page}`)).text()).includes('This session has been cancelled.'),
					5_000,
					25
				);
				return Date.now() - changedAt;
			})
		);
		for (const ms of seenAfter) expect(ms).toBeLessThan(1_000);
	});

	it('an instance killed with SIGKILL under load: every acknowledged registration is kept and every mail still sent', async () => {
		const victim = instances[2]!;
		const emails = Array.from({ length: 150 }, (_, n) => `kill-${n}@scale.example`);
		let answered = 0;
		const answers = await Promise.all(
			emails.map((email) =>
				post(`${site}/register`, registrationBody(email, [otherSessionId])).then(
					(r) => {
						if (++answered === 40) victim.process.kill('SIGKILL');
						return r.status;
					},
					() => 0
				)
			)
		);
		expect(
			victim.process.signalCode ??
				(await new Promise((resolve) => victim.process.once('exit', (_code, signal) => resolve(signal))))
		).toBe('SIGKILL');
		const acknowledged = emails.filter((_, n) => answers[n] === 303);
		expect(acknowledged.length).toBeGreaterThanOrEqual(40);

		const { rows } = await sql.query<{ email: string }>(`SELECT email FROM "Registration" WHERE email LIKE 'kill-%'`);
		const stored = new Set(rows.map((row) => row.email));
		expect(acknowledged.filter((email) => !stored.has(email))).toEqual([]);
		// The summit was full before: everyone is waitlisted, and the seats are still exactly a hundred.
		expect(await statusCounts('kill-')).toEqual({ waitlisted: stored.size });
		expect(await statusCounts('load-')).toEqual({ confirmed: SEATS, waitlisted: ATTENDEES - SEATS });

		// Mails the dead instance had claimed are taken over once its claim lapses (3 s here).
		expect(await waitUntil(() => [...stored].every((email) => mailsTo(email) >= 1), 60_000, 200)).toBe(true);
		// Nothing is left behind in the outbox either (the session cancelled earlier queued a mail to each of
		// its 300 attendees, which the two instances left are still draining).
		const unsent = async () =>
			(await sql.query(`SELECT id FROM "OutboxMail" WHERE "sentAt" IS NULL AND "droppedAt" IS NULL`)).rows;
		expect(await waitUntil(async () => (await unsent()).length === 0, 60_000, 200)).toBe(true);
		// Sends are one at a time per instance: only the one the kill interrupted between SMTP's answer
		// and recording it can go out twice.
		expect([...stored].filter((email) => mailsTo(email) > 1).length).toBeLessThanOrEqual(1);
	});

	it('the instances left stop cleanly on SIGTERM', async () => {
		for (const instance of instances.slice(0, 2)) {
			const exited = new Promise<number | null>((resolve) => instance.process.once('exit', (code) => resolve(code)));
			instance.process.kill('SIGTERM');
			expect(await exited).toBe(0);
			expect(instance.output()).toContain('Stopped.');
		}
	});
});

// Keeps `npm run test:scale` green, with its reason printed, where the test cannot run.
describe.runIf(missing)('multi-instance test prerequisites', () => {
	it(`is skipped: ${missing}`, () => {
		expect(missing).toBeTruthy();
	});
});
