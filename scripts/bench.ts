// npm run bench: measures the production build on this machine and prints the figures.
// Agenda: the server-rendered /agenda against the same HTML served as a static file by the same server.
// Last, Lighthouse mobile on the public pages (scripts/bench/lighthouse.ts), which needs Chromium.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuild, startServer } from './bench/server';
import { benchRegistration } from './bench/registration';
import { CONNECTIONS, DURATION_SECONDS, measureGet as load, type Figures } from './bench/load';
import { benchScale, formatScaleRows } from './bench/scale';
import { benchRush } from './bench/rush';
import { benchMail } from './bench/mail';
import { benchCalendar, formatCalendarFigures } from './bench/calendar';
import { benchLighthouse, chromePath, formatLighthouseTable } from './bench/lighthouse';

const PORT = 4300;
const STATIC_PATH = '/__bench/agenda.html';

async function benchAgenda(databaseUrl: string) {
	// adapter-node lists build/client when it starts, so the static copy must exist before the measured start.
	let server = await startServer(PORT, { DATABASE_URL: databaseUrl });
	const html = await (await fetch(`${server.url}/agenda`)).text();
	await server.stop();
	await mkdir('build/client/__bench', { recursive: true });
	await writeFile(join('build/client', STATIC_PATH), html);
	try {
		server = await startServer(PORT, { DATABASE_URL: databaseUrl });
		const rendered = await load(`${server.url}/agenda`);
		const staticFile = await load(`${server.url}${STATIC_PATH}`);
		// A request with a cookie bypasses the page cache: what every render costs.
		const uncached = await load(`${server.url}/agenda`, { cookie: 'bench=1' });
		await server.stop();
		return { rendered, staticFile, uncached, bytes: Buffer.byteLength(html) };
	} finally {
		await rm('build/client/__bench', { recursive: true, force: true });
	}
}

const format = (f: Figures) =>
	`${Math.round(f.requestsPerSecond).toLocaleString('en')} req/s, p99 ${f.p99} ms${f.errors ? `, ${f.errors} errors` : ''}`;

ensureBuild();
const folder = await mkdtemp(join(tmpdir(), 'summit-bench-'));
try {
	console.log(`Benchmark: ${CONNECTIONS} connections, ${DURATION_SECONDS} s per target, one node build process.\n`);
	const agenda = await benchAgenda(`file:${join(folder, 'bench.db')}`);
	console.log(`/agenda (server-rendered, ${agenda.bytes.toLocaleString('en')} bytes): ${format(agenda.rendered)}`);
	console.log(`same HTML as a static file:            ${format(agenda.staticFile)}`);
	console.log(`/agenda rendered on every request:     ${format(agenda.uncached)} (page cache bypassed)`);
	const ratio = agenda.rendered.requestsPerSecond / agenda.staticFile.requestsPerSecond;
	console.log(`ratio rendered / static: ${(ratio * 100).toFixed(0)}% (goal: 80% or more)`);

	const registration = await benchRegistration(folder, PORT + 1);
	console.log(
		`\nregistrations through the form action: ${Math.round(registration.formPerSecond).toLocaleString('en')}/s, p99 ${registration.p99} ms` +
			`${registration.errors ? `, ${registration.errors} not answered 303` : ''} (${registration.stored} stored, ${registration.confirmed} confirmed)`
	);
	console.log(
		`raw better-sqlite3 inserts of the same rows: ${Math.round(registration.rawPerSecond).toLocaleString('en')}/s`
	);
	console.log(
		`ratio form / raw: ${((registration.formPerSecond / registration.rawPerSecond) * 100).toFixed(1)}% (goal: 1,000 registrations/s or more)`
	);

	const calendar = await benchCalendar(folder, PORT + 2);
	console.log(`\n${formatCalendarFigures(calendar).join('\n')}`);

	console.log('\nScale-out (agenda requests and registrations through the entry address):');
	console.log(formatScaleRows(await benchScale()).join('\n'));

	console.log(`\n${(await benchRush()).join('\n')}`);
	console.log(`\n${(await benchMail()).join('\n')}`);

	console.log(
		chromePath()
			? `\n${formatLighthouseTable(await benchLighthouse()).join('\n')}`
			: '\nLighthouse skipped: no Chromium (set CHROME_PATH).'
	);
} finally {
	await rm(folder, { recursive: true, force: true });
}
process.exit(0);
