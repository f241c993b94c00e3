// How long the calendar files take to produce: the summit feed and one attendee's feed, in process
// (read from the database and build, and build alone), then over HTTP from the production build,
// where files are kept in memory for a minute (src/lib/server/calendar/cache.ts) and most
// subscription polls should end as a 304.
import autocannon from 'autocannon';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import { pathToFileURL } from 'node:url';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { ensureBuild, startServer } from './server';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const ITERATIONS = Number(process.env.BENCH_CALENDAR_ITERATIONS ?? 300);
const ORIGIN = 'https://summit.example.org';
/** Sessions the benchmark attendee chose: a full day's worth of programme sessions. */
const PERSONAL_SESSIONS = 6;

export type Timing = { median: number; p95: number };
export type Throughput = { requestsPerSecond: number; p99: number; errors: number };
export type CalendarFigures = {
	summitSessions: number;
	summitBytes: number;
	personalBytes: number;
	personalSessions: number;
	summit: Timing;
	summitBuildOnly: Timing;
	personal: Timing;
	http: { summit: Throughput; summitNotModified: Throughput; personal: Throughput };
};

async function time(run: () => Promise<unknown> | unknown): Promise<Timing> {
	for (let i = 0; i < Math.min(30, ITERATIONS); i++) await run();
	const samples: number[] = [];
	for (let i = 0; i < ITERATIONS; i++) {
		const start = performance.now();
		await run();
		samples.push(performance.now() - start);
	}
	samples.sort((a, b) => a - b);
	const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
	return { median: at(0.5), p95: at(0.95) };
}

async function throughput(url: string, headers: Record<string, string> = {}): Promise<Throughput> {
	await autocannon({ url, headers, connections: CONNECTIONS, duration: 2 });
	const result = await autocannon({ url, headers, connections: CONNECTIONS, duration: SECONDS });
	// autocannon counts a 304 as non-2xx: only other answers are errors here.
	const unexpected = headers['if-none-match'] ? result.non2xx - result['3xx'] + result['2xx'] : result.non2xx;
	return { requestsPerSecond: result.requests.average, p99: result.latency.p99, errors: result.errors + unexpected };
}

/**
 * An attendee with confirmed seats in the day's first programme sessions, written as registering would,
 * their feed token recorded as /my records it. Returns the feed token.
 */
async function createAttendee(databaseUrl: string): Promise<string> {
	const { createDatabase } = await import('../../src/lib/server/db/client');
	const { calendarFeedToken, hashRegistrationToken } = await import('../../src/lib/server/registration/tokens');
	const db = createDatabase(databaseUrl);
	try {
		const event = await db.event.findFirstOrThrow();
		const sessions = await db.session.findMany({
			where: { eventId: event.id, kind: { notIn: ['break', 'networking'] } },
			orderBy: { startsAt: 'asc' },
			take: PERSONAL_SESSIONS
		});
		const token = encodeBase32LowerCaseNoPadding(randomBytes(20));
		await db.registration.create({
			data: {
				eventId: event.id,
				reference: 'BCS-BNCH-0001',
				email: 'bench@example.com',
				emailNormalised: 'bench@example.com',
				fullName: 'Bench Attendee',
				organisation: 'Benchmark Org',
				jobTitle: 'Engineer',
				category: 'industry',
				country: 'HK',
				consentedAt: new Date(),
				status: 'confirmed',
				confirmedAt: new Date(),
				tokens: {
					create: {
						tokenHash: hashRegistrationToken(token),
						feedTokenHash: hashRegistrationToken(calendarFeedToken(token))
					}
				},
				sessions: { create: sessions.map((session) => ({ sessionId: session.id, status: 'confirmed' })) }
			}
		});
		return calendarFeedToken(token);
	} finally {
		await db.$disconnect();
	}
}

export async function benchCalendar(folder: string, port: number): Promise<CalendarFigures> {
	const databaseUrl = `file:${join(folder, 'calendar-bench.db')}`;
	// The domain modules open the database DATABASE_URL names when first imported.
	process.env.DATABASE_URL = databaseUrl;

	// The server migrates and seeds the fresh file before it listens.
	const server = await startServer(port, { DATABASE_URL: databaseUrl });
	let http: CalendarFigures['http'];
	let feedToken: string;
	try {
		feedToken = await createAttendee(databaseUrl);
		const summitUrl = `${server.url}/calendar/summit.ics`;
		const etag = (await fetch(summitUrl)).headers.get('etag') ?? '';
		http = {
			summit: await throughput(summitUrl),
			summitNotModified: await throughput(summitUrl, { 'if-none-match': etag }),
			personal: await throughput(`${server.url}/calendar/my/${feedToken}.ics`)
		};
	} finally {
		await server.stop();
	}

	const { getSummitCalendar } = await import('../../src/lib/server/calendar/calendars');
	const { getPersonalFeed } = await import('../../src/lib/server/calendar/personal');
	const { buildSummitCalendar } = await import('../../src/lib/server/calendar/feeds');
	const { getCurrentEvent } = await import('../../src/lib/server/agenda/event');
	const { listSessions } = await import('../../src/lib/server/agenda/sessions');
	const { db } = await import('../../src/lib/server/db');

	const event = await getCurrentEvent();
	const sessions = await listSessions(event.id);
	const summitFile = await getSummitCalendar(ORIGIN, 'en');
	const personalFeed = await getPersonalFeed(feedToken, ORIGIN);
	if (personalFeed?.kind !== 'calendar') throw new Error('The benchmark attendee has no calendar.');
	const personalFile = personalFeed.file;
	const figures: CalendarFigures = {
		summitSessions: sessions.length,
		summitBytes: Buffer.byteLength(summitFile.body),
		personalBytes: Buffer.byteLength(personalFile.body),
		personalSessions: personalFile.body.split('BEGIN:VEVENT').length - 1,
		summit: await time(() => getSummitCalendar(ORIGIN, 'en')),
		summitBuildOnly: await time(() => buildSummitCalendar(event, sessions, { origin: ORIGIN, locale: 'en' })),
		personal: await time(() => getPersonalFeed(feedToken, ORIGIN)),
		http
	};
	await db.$disconnect();
	return figures;
}

export function formatCalendarFigures(figures: CalendarFigures): string[] {
	const ms = (t: Timing) => `median ${t.median.toFixed(2)} ms, p95 ${t.p95.toFixed(2)} ms`;
	const rate = (f: Throughput) =>
		`${Math.round(f.requestsPerSecond).toLocaleString('en')} req/s, p99 ${f.p99} ms${f.errors ? `, ${f.errors} errors` : ''}`;
	return [
		`summit feed (${figures.summitSessions} sessions, ${figures.summitBytes.toLocaleString('en')} bytes), read + build: ${ms(figures.summit)}`,
		`summit feed, build only (ical-generator):          ${ms(figures.summitBuildOnly)}`,
		`personal feed (${figures.personalSessions} sessions, ${figures.personalBytes.toLocaleString('en')} bytes), token to file: ${ms(figures.personal)}`,
		`GET /calendar/summit.ics:                 ${rate(figures.http.summit)}`,
		`GET /calendar/summit.ics, 304 (If-None-Match): ${rate(figures.http.summitNotModified)}`,
		`GET /calendar/my/<feed token>.ics:        ${rate(figures.http.personal)}`
	];
}

// `npx tsx scripts/bench/calendar.ts` runs this part alone; `npm run bench` runs it after the others.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	ensureBuild();
	const folder = await mkdtemp(join(tmpdir(), 'summit-bench-calendar-'));
	try {
		console.log(formatCalendarFigures(await benchCalendar(folder, 4302)).join('\n'));
	} finally {
		await rm(folder, { recursive: true, force: true });
	}
	process.exit(0);
}
