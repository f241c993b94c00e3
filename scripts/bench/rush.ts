// The registration rush, in one run: registrations per second through the real /register form on SQLite
// (one instance), PostgreSQL (one instance, and two behind nginx), beside raw SQLite inserts of the same rows;
// then the page a new registrant lands on (/my/<token>), the agenda rendered uncached (as after an
// organizer's change), and the agenda read on PostgreSQL while changes keep coming (the page cache's share).
// For every setup, the CPU each process spent per registration (the app instances, whole and their request
// thread alone, since mail goes out on a thread of its own; on PostgreSQL also the backends serving them, and
// nginx in front of two instances), read from /proc, so scaling to more cores can be read off; and the bench
// client's own, which shares the cores.
// Run alone: `npx vite build && npx tsx scripts/bench/rush.ts` (PostgreSQL rows need POSTGRES_URL and nginx).
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createPostgresDatabase, freePort, nginxBinary, startNginx } from './cluster';
import {
	CONNECTIONS,
	DURATION_SECONDS,
	formatFigures,
	measureGet,
	OPEN_UP_SQL,
	registrationRequest,
	SESSION_IDS_SQL,
	type Figures
} from './load';
import { rawInsertsPerSecond } from './registration';
import {
	busyShareSince,
	cpuSeconds,
	ensureBuild,
	machineCpuSeconds,
	requestThreadCpuSeconds,
	startServer,
	type RunningServer
} from './server';

const WARM_UP_SECONDS = 2;

/** A group of processes whose CPU is counted, each by `cpu` (all its threads, or one). */
type CpuShare = { label: string; pids: () => Promise<number[]>; cpu: (pid: number) => number };
type Rush = Figures & {
	acknowledged: number;
	cpuMsPerRegistration: Record<string, number>;
	/** The share of the whole machine's CPU in use meanwhile (the bench's own client included). */
	machineBusy: number;
	tokens: string[];
};

/** An app instance's CPU: the whole process, and the thread that answers requests (mail has its own). */
function appShares(label: string, server: RunningServer): CpuShare[] {
	const pids = async () => [server.process.pid!];
	return [
		{ label, pids, cpu: cpuSeconds },
		{ label: `${label} requests`, pids, cpu: requestThreadCpuSeconds }
	];
}

/** This process: autocannon's connections, on the same cores as the site. Not the site's cost. */
const benchClientShare: CpuShare = { label: 'bench client', pids: async () => [process.pid], cpu: cpuSeconds };

/**
 * Registrations through `${site}/register`, with the CPU each named group of processes spent meanwhile; with
 * `offeredRate`, at most that many a second (autocannon's overallRate) rather than as fast as they go.
 */
async function rush(
	site: string,
	sessionIds: number[],
	shares: CpuShare[],
	seconds = DURATION_SECONDS,
	offeredRate?: number
): Promise<Rush> {
	const before = new Map<string, number>();
	for (const share of shares) for (const pid of await share.pids()) before.set(`${share.label}:${pid}`, share.cpu(pid));
	const tokens: string[] = [];
	const machineBefore = machineCpuSeconds();
	const result = await autocannon({
		url: `${site}/register`,
		connections: CONNECTIONS,
		duration: seconds,
		...(offeredRate ? { overallRate: offeredRate } : {}),
		requests: [
			registrationRequest(site, sessionIds, (status, _body, _context, headers) => {
				const token = status === 303 ? /\/my\/([^/?]+)/.exec(String(headers?.location ?? ''))?.[1] : undefined;
				if (token) tokens.push(token);
			})
		]
	});
	const machineBusy = busyShareSince(machineBefore);
	const acknowledged = result.statusCodeStats?.['303']?.count ?? 0;
	const cpuMsPerRegistration: Record<string, number> = {};
	for (const share of shares) {
		let spent = 0;
		for (const pid of await share.pids()) spent += share.cpu(pid) - (before.get(`${share.label}:${pid}`) ?? 0);
		cpuMsPerRegistration[share.label] = acknowledged ? (spent * 1000) / acknowledged : 0;
	}
	return {
		requestsPerSecond: acknowledged / seconds,
		p99: result.latency.p99,
		errors: result.requests.total - acknowledged,
		acknowledged,
		cpuMsPerRegistration,
		machineBusy,
		tokens
	};
}

/** Each registrant's own page, one token after another (the first view also records the feed token). */
async function measureLandingPages(site: string, tokens: string[]): Promise<Figures> {
	let i = 0;
	const result = await autocannon({
		url: site,
		connections: CONNECTIONS,
		duration: DURATION_SECONDS,
		requests: [
			{ method: 'GET', setupRequest: (request) => ({ ...request, path: `/my/${tokens[i++ % tokens.length]}` }) }
		]
	});
	return { requestsPerSecond: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

type ChangingAgenda = Figures & { changes: number; renders: number; shared: number };

/**
 * Anonymous readers of /agenda on PostgreSQL while the content changes every `everyMs` (raised and
 * announced as an organizer's edit on another instance is: contentChanged()'s statement). Counts the
 * renders (x-page-cache: miss) and the answers that waited for a render under way (shared).
 */
async function measureAgendaWhileChanging(site: string, sql: pg.Client, everyMs: number): Promise<ChangingAgenda> {
	let changes = 0;
	const timer = setInterval(() => {
		void sql
			.query(
				`WITH raised AS (
					INSERT INTO "ContentVersion" (id, version, "updatedAt") VALUES (1, 1, now())
					ON CONFLICT (id) DO UPDATE SET version = "ContentVersion".version + 1, "updatedAt" = EXCLUDED."updatedAt"
					RETURNING version
				)
				SELECT pg_notify('summit_content_changed', raised.version::text) FROM raised`
			)
			.then(
				() => (changes += 1),
				// One still in flight when the run ends and its connection closes: not a change.
				() => undefined
			);
	}, everyMs);
	const seen = { miss: 0, shared: 0 };
	try {
		const result = await autocannon({
			url: `${site}/agenda`,
			connections: CONNECTIONS,
			duration: DURATION_SECONDS,
			requests: [
				{
					method: 'GET',
					headers: { 'accept-encoding': 'br' },
					onResponse: (_status, _body, _context, headers) => {
						const state = String(headers?.['x-page-cache'] ?? '');
						if (state === 'miss' || state === 'shared') seen[state] += 1;
					}
				}
			]
		});
		return {
			requestsPerSecond: result.requests.average,
			p99: result.latency.p99,
			errors: result.errors + result.non2xx,
			changes,
			renders: seen.miss,
			shared: seen.shared
		};
	} finally {
		clearInterval(timer);
	}
}

/** A GET load's figures with the app's CPU ms per request, over `seconds` of load. */
async function withAppCpu<F extends Figures>(server: RunningServer, seconds: number, measure: () => Promise<F>) {
	const pid = server.process.pid!;
	const before = cpuSeconds(pid);
	const figures = await measure();
	// measureGet warms up for 2 s first: those requests are counted at the measured rate.
	const requests = figures.requestsPerSecond * seconds;
	return { ...figures, cpuMsPerRequest: requests ? ((cpuSeconds(pid) - before) * 1000) / requests : 0 };
}

/** What one core would do at this CPU cost per request: the rate a machine with the CPU to spare reaches. */
const perCore = (cpuMs: number) => (cpuMs > 0 ? `${Math.round(1000 / cpuMs).toLocaleString('en')}/s per core` : '');

/**
 * Waits until every queued mail has been rendered and written (the bench's outbox folder stands in for
 * SMTP), with the app's CPU per mail: the rest of a registration's cost, paid after its answer.
 */
async function drainAfterRush(server: RunningServer, file: string) {
	const pid = server.process.pid!;
	const before = cpuSeconds(pid);
	const started = performance.now();
	const unsent = () => {
		const check = new Database(file, { readonly: true });
		try {
			return (
				check
					.prepare(`SELECT count(*) AS n FROM "OutboxMail" WHERE "sentAt" IS NULL AND "droppedAt" IS NULL`)
					.get() as { n: number }
			).n;
		} finally {
			check.close();
		}
	};
	const queued = unsent();
	let left = queued;
	// A rush's mail mostly waits for its end now (mail/outbox.ts yields to it): a few minutes' worth at most.
	while (left > 0 && performance.now() - started < 180_000) {
		await new Promise((resolve) => setTimeout(resolve, 250));
		left = unsent();
	}
	const seconds = (performance.now() - started) / 1000;
	const rendered = queued - left;
	return { seconds, queued, left, cpuMsPerMail: rendered ? ((cpuSeconds(pid) - before) * 1000) / rendered : 0 };
}

function appEnv(folder: string, databaseUrl: string, origin: string) {
	return {
		DATABASE_URL: databaseUrl,
		ORIGIN: origin,
		REGISTRATION_RATE_LIMIT: '0',
		MAIL_OUTBOX_DIR: join(folder, 'outbox')
	};
}

type Measured = { setup: string; registrations: Rush; stored: number; mailed: number };
/** A PostgreSQL setup's other measures: registrations at a fixed rate, and anonymous agenda reads. */
type Scaling = { paced: Rush & { mailsSent: number }; cachedReads: Figures & { machineBusy: number } };
type Row =
	| (Measured & { agendaChanging?: ChangingAgenda & { cpuMsPerRequest: number }; scaling?: Scaling })
	| { setup: string; skipped: string };

/**
 * The rate every PostgreSQL setup is also offered, below what either reaches: what each setup spends on the
 * same work when neither is bound by the machine.
 */
const PACED_RATE = 1_000;

/** Anonymous readers of `/agenda` (the page cache's answers), with the share of the machine busy meanwhile. */
async function measureCachedReads(site: string) {
	const before = machineCpuSeconds();
	const figures = await measureGet(`${site}/agenda`, { 'accept-encoding': 'br' });
	return { ...figures, machineBusy: busyShareSince(before) };
}

async function sqlite(folder: string) {
	const file = join(folder, 'rush.db');
	const port = await freePort();
	const server = await startServer(port, appEnv(folder, `file:${file}`, `http://127.0.0.1:${port}`));
	try {
		const open = new Database(file);
		open.pragma('busy_timeout = 5000');
		open.exec(OPEN_UP_SQL);
		const sessionIds = (open.prepare(SESSION_IDS_SQL).all() as { id: number }[]).map((row) => row.id);
		open.close();
		const registrations = await rush(server.url, sessionIds, [...appShares('app', server), benchClientShare]);
		const mail = await drainAfterRush(server, file);
		const landing = await withAppCpu(server, DURATION_SECONDS, () =>
			measureLandingPages(server.url, registrations.tokens)
		);
		const agendaUncached = await withAppCpu(server, DURATION_SECONDS + 2, () =>
			measureGet(`${server.url}/agenda`, { cookie: 'bench=1' })
		);
		await server.stop();
		const check = new Database(file, { readonly: true });
		const count = (sql: string) => (check.prepare(sql).get() as { n: number }).n;
		const stored = count(`SELECT count(*) AS n FROM Registration`);
		const mailed = count(`SELECT count(*) AS n FROM OutboxMail WHERE kind = 'registration-confirmation'`);
		check.close();
		return {
			row: { setup: 'SQLite, 1 instance', registrations, stored, mailed } satisfies Row,
			mail,
			landing,
			agendaUncached
		};
	} finally {
		await server.stop();
	}
}

async function postgres(folder: string, serverUrl: string, count: number): Promise<Row> {
	const setup = `PostgreSQL, ${count} instance${count > 1 ? 's behind nginx' : ''}`;
	if (count > 1 && !nginxBinary) return { setup, skipped: 'nginx is not installed' };
	const database = await createPostgresDatabase(serverUrl, 'rush');
	const ports = await Promise.all(Array.from({ length: count }, () => freePort()));
	const proxyPort = count > 1 ? await freePort() : ports[0]!;
	const site = `http://127.0.0.1:${proxyPort}`;
	const instances: RunningServer[] = [];
	let proxy: Awaited<ReturnType<typeof startNginx>> | null = null;
	const sql = new pg.Client({ connectionString: database.url });
	try {
		for (const port of ports)
			instances.push(await startServer(port, { ...appEnv(folder, database.url, site), DATABASE_POOL_SIZE: '10' }));
		if (count > 1) proxy = await startNginx(folder, ports, proxyPort);
		await sql.connect();
		await sql.query(OPEN_UP_SQL);
		const sessionIds = (await sql.query<{ id: number }>(SESSION_IDS_SQL)).rows.map((row) => row.id);
		const name = new URL(database.url).pathname.slice(1);
		const shares: CpuShare[] = [
			...instances.flatMap((instance, i) => appShares(`app ${i + 1}`, instance)),
			...(proxy ? [{ label: 'nginx', pids: proxy.pids, cpu: cpuSeconds }] : []),
			benchClientShare,
			{
				label: 'postgres',
				cpu: cpuSeconds,
				pids: async () =>
					(
						await sql.query<{ pid: number }>(
							`SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
							[name]
						)
					).rows.map((row) => row.pid)
			}
		];
		// A short warm-up, so the pools are open and their backends are counted from the start.
		await rush(site, sessionIds, [], WARM_UP_SECONDS).catch(() => undefined);
		const counts = async () => {
			const row = (
				await sql.query<{ stored: string; mailed: string }>(
					`SELECT (SELECT count(*) FROM "Registration") AS stored,
						(SELECT count(*) FROM "OutboxMail" WHERE kind = 'registration-confirmation') AS mailed`
				)
			).rows[0]!;
			return { stored: Number(row.stored), mailed: Number(row.mailed) };
		};
		// The warm-up's requests finish first; the rows the measured rush adds are counted.
		await new Promise((resolve) => setTimeout(resolve, 1000));
		const before = await counts();
		const registrations = await rush(site, sessionIds, shares);
		// Requests still in flight when the load stopped finish first; then both counts in one snapshot.
		await new Promise((resolve) => setTimeout(resolve, 1000));
		const after = await counts();
		const stored = after.stored - before.stored;
		const mailed = after.mailed - before.mailed;
		// Below the busy mark, mail goes out during the rush (busy.ts): its CPU is in the figures, so say how much.
		const sent = async () =>
			Number(
				(await sql.query<{ n: string }>(`SELECT count(*) AS n FROM "OutboxMail" WHERE "sentAt" IS NOT NULL`)).rows[0]!.n
			);
		const sentBefore = await sent();
		const paced = await rush(site, sessionIds, shares, DURATION_SECONDS, PACED_RATE);
		const scaling: Scaling = {
			paced: { ...paced, mailsSent: (await sent()) - sentBefore },
			cachedReads: await measureCachedReads(site)
		};
		// Readers after organizers' changes, on the path where each change is announced (one instance: its CPU).
		const agendaChanging =
			count === 1
				? await withAppCpu(instances[0]!, DURATION_SECONDS, () => measureAgendaWhileChanging(site, sql, 250))
				: undefined;
		return { setup, registrations, stored, mailed, agendaChanging, scaling };
	} finally {
		await sql.end().catch(() => undefined);
		await proxy?.stop();
		await Promise.all(instances.map((instance) => instance.stop()));
		await database.drop();
	}
}

export async function benchRush(): Promise<string[]> {
	const folder = await mkdtemp(join(tmpdir(), 'summit-rush-'));
	const serverUrl = process.env.POSTGRES_URL?.trim();
	try {
		const { row, mail, landing, agendaUncached } = await sqlite(folder);
		const rows: Row[] = [row];
		for (const count of [1, 2])
			rows.push(
				serverUrl
					? await postgres(folder, serverUrl, count)
					: { setup: `PostgreSQL, ${count} instance(s)`, skipped: 'POSTGRES_URL is not set' }
			);
		const raw = rawInsertsPerSecond(join(folder, 'raw.db'), Math.max(row.stored, 5000));
		const lines = [
			`The registration rush (${CONNECTIONS} connections, ${DURATION_SECONDS} s each, two sessions chosen):`
		];
		for (const r of rows) {
			if ('skipped' in r) {
				lines.push(`${r.setup.padEnd(34)} skipped: ${r.skipped}`);
				continue;
			}
			const cpu = Object.entries(r.registrations.cpuMsPerRegistration)
				.map(([label, ms]) => `${label} ${ms.toFixed(2)}`)
				.join(', ');
			const app = Object.entries(r.registrations.cpuMsPerRegistration).find(([label]) => label.endsWith('requests'));
			lines.push(
				`${r.setup.padEnd(34)} ${formatFigures(r.registrations)} acknowledged ` +
					`(${r.registrations.acknowledged}); ${r.stored} stored, ${r.mailed} confirmation mails queued; CPU ms per registration: ${cpu}` +
					(app ? ` (an app's request thread: ${perCore(app[1])})` : '') +
					`; the machine's ${cpus().length} cores ${Math.round(r.registrations.machineBusy * 100)} % busy`
			);
		}
		lines.push(
			`SQLite mail: ${mail.queued} confirmations still queued when the rush ended, sent in ${mail.seconds.toFixed(1)} s` +
				`${mail.left ? ` (${mail.left} left unsent)` : ''}; app CPU ${mail.cpuMsPerMail.toFixed(2)} ms per mail rendered and written`
		);
		lines.push(`raw better-sqlite3 inserts of the same rows: ${Math.round(raw).toLocaleString('en')}/s`);
		const cpuOf = (f: { cpuMsPerRequest: number }) =>
			`; app CPU ${f.cpuMsPerRequest.toFixed(2)} ms per request (${perCore(f.cpuMsPerRequest)})`;
		lines.push(`/my/<token> (each registrant's page, SQLite): ${formatFigures(landing)}${cpuOf(landing)}`);
		lines.push(
			`/agenda rendered uncached (as after a change, SQLite): ${formatFigures(agendaUncached)}${cpuOf(agendaUncached)}`
		);
		for (const r of rows) {
			if (!('agendaChanging' in r) || !r.agendaChanging) continue;
			const a = r.agendaChanging;
			lines.push(
				`/agenda read while the content changes every 250 ms (${r.setup}): ${formatFigures(a)}${cpuOf(a)}; ` +
					`${a.changes} changes, ${a.renders} renders, ${a.shared} answers that waited for a render under way`
			);
		}
		for (const r of rows) {
			if (!('scaling' in r) || !r.scaling) continue;
			const { paced, cachedReads } = r.scaling;
			const spent = Object.entries(paced.cpuMsPerRegistration)
				.filter(([label]) => !label.endsWith('requests') && label !== benchClientShare.label)
				.reduce((sum, [, ms]) => sum + ms, 0);
			lines.push(
				`${r.setup}: offered ${PACED_RATE.toLocaleString('en')} registrations/s, took ${formatFigures(paced)}, ` +
					`the site's CPU ${spent.toFixed(2)} ms per registration, the machine ${Math.round(paced.machineBusy * 100)} % busy, ${paced.mailsSent} confirmations sent meanwhile; ` +
					`anonymous /agenda reads (page cache): ${formatFigures(cachedReads)}, the machine ${Math.round(cachedReads.machineBusy * 100)} % busy`
			);
		}
		lines.push('Goals: 1,000 registrations/s on SQLite and on PostgreSQL (one instance), two instances faster than');
		lines.push('one; /my/<token> and the uncached agenda at 1,000/s. Figures from one run; the machine is shared.');
		lines.push('Near 100 % busy, a setup was bound by the machine: more instances there only share the same cores.');
		return lines;
	} finally {
		await rm(folder, { recursive: true, force: true });
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	ensureBuild();
	console.log((await benchRush()).join('\n'));
	process.exit(0);
}
