// Lighthouse (mobile: simulated slow 4G and a 4x slower CPU) on the public pages of the production build,
// and on the page a new registrant lands on (/my/<token>, made by one registration through the form).
// One run's performance score swings by 10 points or more on a shared 2-core machine, so every page is run
// several times, round after round (noise spreads over all pages), and the table shows medians.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { freePort } from './cluster';
import { registrationBody, SESSION_IDS_SQL } from './load';
import { ensureBuild, startServer } from './server';

// The Chinese pages carry more glyphs and their own fonts: one of each language's page types is measured too.
export const PAGES = [
	'/',
	'/agenda',
	'/agenda/hkic-biomap-signing-ceremony',
	'/speakers',
	'/register',
	'/zh-hk',
	'/zh-hk/agenda',
	'/zh-cn/register'
];
const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
/** How the table names the registrant's page; its token is new in every bench. */
const OWN_PAGE = '/my/<token>';
/** The registrant's page is private and asks not to be indexed: search engines' audits do not apply to it. */
const appliesTo = (path: string, audit: string) => path !== OWN_PAGE || !audit.startsWith('seo:');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];

// Chromium on a closed network keeps trying Google's hosts without the last four.
const CHROME_FLAGS = [
	'--headless=new',
	'--no-sandbox',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];
export const chromePath = () =>
	process.env.CHROME_PATH || ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));

/** The parts of Lighthouse's JSON report (LHR) read here. */
type Report = {
	environment: { benchmarkIndex: number };
	categories: Record<Category, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
	audits: Record<
		string,
		{ score: number | null; numericValue?: number; title: string; details?: { items?: Record<string, unknown>[] } }
	>;
};

export type Run = {
	scores: Record<Category, number>;
	tbt: number;
	lcp: number;
	cls: number;
	/** Main-thread milliseconds of /_app/…/local-time.*.js (bootup-time: scripting + parse/compile). */
	localTime: number;
	/** Script bytes transferred (compressed), every script of the page. */
	scriptBytes: number;
	/** Audits that lost points outside performance, for the reader to fix. */
	failing: string[];
	/** Lighthouse's measure of the CPU at the time; below 1,000 it warns that scores suffer. */
	benchmarkIndex: number;
};

export type PageFigures = { path: string; runs: Run[] };

function summarise(report: Report): Run {
	const audit = (id: string) => report.audits[id];
	const scores = Object.fromEntries(
		CATEGORIES.map((c) => [c, Math.round((report.categories[c].score ?? 0) * 100)])
	) as Record<Category, number>;
	const bootup = audit('bootup-time')?.details?.items ?? [];
	const localTime = bootup
		.filter((item) => String(item.url).includes('local-time'))
		.reduce((sum, item) => sum + Number(item.scripting ?? 0) + Number(item.scriptParseCompile ?? 0), 0);
	const resources = audit('resource-summary')?.details?.items ?? [];
	const scriptBytes = Number(resources.find((item) => item.resourceType === 'script')?.transferSize ?? 0);
	const failing = CATEGORIES.filter((c) => c !== 'performance').flatMap((c) =>
		report.categories[c].auditRefs
			.filter((ref) => ref.weight > 0 && audit(ref.id)?.score !== null && (audit(ref.id)?.score ?? 1) < 1)
			.map((ref) => `${c}: ${ref.id}`)
	);
	return {
		scores,
		tbt: audit('total-blocking-time')?.numericValue ?? NaN,
		lcp: audit('largest-contentful-paint')?.numericValue ?? NaN,
		cls: audit('cumulative-layout-shift')?.numericValue ?? NaN,
		localTime,
		scriptBytes,
		failing,
		benchmarkIndex: report.environment.benchmarkIndex
	};
}

/** Lighthouse now and then fails to record a trace on a busy machine (NO_NAVSTART): such a run is run again. */
async function lighthouseRun(url: string, folder: string, name: string, attempts = 3): Promise<Run> {
	for (let attempt = 1; ; attempt++) {
		try {
			return await lighthouseOnce(url, folder, name);
		} catch (error) {
			if (attempt >= attempts) throw error;
			console.warn(`${(error as Error).message.split('\n').slice(0, 2).join(': ')}; running it again.`);
		}
	}
}

async function lighthouseOnce(url: string, folder: string, name: string): Promise<Run> {
	const output = join(folder, `${name}.json`);
	const args = [url, '--output=json', `--output-path=${output}`, '--quiet', `--chrome-flags=${CHROME_FLAGS.join(' ')}`];
	const child = spawn('node_modules/.bin/lighthouse', args, {
		env: { ...process.env, CHROME_PATH: chromePath() },
		stdio: ['ignore', 'ignore', 'pipe']
	});
	let errors = '';
	child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
	const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
	if (code !== 0) throw new Error(`lighthouse ${url} exited with ${code}\n${errors}`);
	return summarise(JSON.parse(await readFile(output, 'utf8')) as Report);
}

export async function benchLighthouse(port?: number, runs = RUNS): Promise<PageFigures[]> {
	if (!chromePath()) throw new Error('No Chromium found: set CHROME_PATH (on Debian: apt-get install chromium).');
	const folder = await mkdtemp(join(tmpdir(), 'summit-bench-lighthouse-'));
	// BENCH_LIGHTHOUSE_REPORTS=<folder> keeps every JSON report (open one in https://googlechrome.github.io/lighthouse/viewer/).
	const reports = process.env.BENCH_LIGHTHOUSE_REPORTS || folder;
	await mkdir(reports, { recursive: true });
	const database = join(folder, 'bench.db');
	const server = await startServer(port ?? (await freePort()), {
		DATABASE_URL: `file:${database}`,
		MAIL_OUTBOX_DIR: join(folder, 'outbox')
	});
	try {
		const ownPage = await registeredPage(server.url, database);
		const figures: PageFigures[] = [...PAGES, OWN_PAGE].map((path) => ({ path, runs: [] }));
		for (let round = 1; round <= runs; round++) {
			for (const page of figures) {
				const name = `${page.path.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'home'}-${round}`;
				const url = `${server.url}${page.path === OWN_PAGE ? ownPage : page.path}`;
				const run = await lighthouseRun(url, reports, name);
				page.runs.push({ ...run, failing: run.failing.filter((audit) => appliesTo(page.path, audit)) });
			}
		}
		return figures;
	} finally {
		await server.stop();
		await rm(folder, { recursive: true, force: true });
	}
}

/** One registration through the form, with two sessions; answers its /my page's path. */
async function registeredPage(site: string, database: string): Promise<string> {
	const open = new Database(database, { readonly: true });
	const sessionIds = (open.prepare(SESSION_IDS_SQL).all() as { id: number }[]).map((row) => row.id);
	open.close();
	const response = await fetch(`${site}/register`, {
		method: 'POST',
		redirect: 'manual',
		headers: { 'content-type': 'application/x-www-form-urlencoded', origin: site, accept: 'text/html' },
		body: registrationBody('lighthouse@example.com', sessionIds)
	});
	const location = response.headers.get('location') ?? '';
	if (response.status !== 303 || !location.includes('/my/')) throw new Error(`registering answered ${response.status}`);
	return new URL(location, site).pathname;
}

const lighthouseVersion = () =>
	(JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')) as { version: string }).version;

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

export function formatLighthouseTable(figures: PageFigures[]): string[] {
	const runs = figures[0]?.runs.length ?? 0;
	const header = [
		'page',
		'perf',
		'a11y',
		'best pr.',
		'SEO',
		'TBT ms',
		'LCP s',
		'CLS',
		'local-time.js ms',
		'JS KB',
		'CPU index',
		'perf per run'
	];
	const rows = figures.map(({ path, runs }) => {
		const m = (pick: (run: Run) => number) => median(runs.map(pick));
		return [
			path,
			String(m((r) => r.scores.performance)),
			String(m((r) => r.scores.accessibility)),
			String(m((r) => r.scores['best-practices'])),
			path === OWN_PAGE ? 'n/a' : String(m((r) => r.scores.seo)),
			String(Math.round(m((r) => r.tbt))),
			(m((r) => r.lcp) / 1000).toFixed(1),
			m((r) => r.cls).toFixed(3),
			String(Math.round(m((r) => r.localTime))),
			(m((r) => r.scriptBytes) / 1024).toFixed(1),
			String(Math.round(m((r) => r.benchmarkIndex))),
			runs.map((r) => r.scores.performance).join(', ')
		];
	});
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
	const line = (cells: string[]) =>
		`| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ')} |`;
	const failing = [
		...new Set(figures.flatMap(({ path, runs }) => runs.flatMap((r) => r.failing.map((f) => `${path} ${f}`))))
	];
	return [
		`Lighthouse ${lighthouseVersion()} mobile, median of ${runs} runs per page, Chromium in ${Intl.DateTimeFormat().resolvedOptions().timeZone} (TZ)`,
		'(scores 0-100; TBT, LCP and CLS as Lighthouse simulates them; local-time.js: its main-thread time, simulated)',
		line(header),
		`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
		...rows.map(line),
		...(figures.some(({ path }) => path === OWN_PAGE) ? [`${OWN_PAGE} is private (noindex): SEO does not apply.`] : []),
		...(figures.some(({ runs }) => runs.some((r) => r.benchmarkIndex < 1000))
			? ["CPU index below 1,000 (Lighthouse's threshold): the machine was slow or busy, and scores suffer for it."]
			: []),
		...(failing.length ? ['Audits losing points (any run):', ...failing.map((f) => `  ${f}`)] : [])
	];
}

// `npx tsx scripts/bench/lighthouse.ts` runs this part alone; `npm run bench` runs it after the others.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	ensureBuild();
	const port = process.env.BENCH_LIGHTHOUSE_PORT ? Number(process.env.BENCH_LIGHTHOUSE_PORT) : undefined;
	console.log(formatLighthouseTable(await benchLighthouse(port)).join('\n'));
	process.exit(0);
}
