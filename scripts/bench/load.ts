// The two loads every benchmark applies with autocannon: reading a page, and registering through the
// real form action with a new email each time.
import autocannon from 'autocannon';
import { randomBytes } from 'node:crypto';

export const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
export const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

/** Room for everyone and no per-session limit, so a rush measures speed, not a full summit. */
export const OPEN_UP_SQL = `UPDATE "Event" SET capacity = 10000000; UPDATE "Session" SET capacity = NULL;`;
/** The two first programme sessions, which every registrant of a bench chooses. */
export const SESSION_IDS_SQL = `SELECT id FROM "Session" WHERE kind NOT IN ('break', 'networking') ORDER BY "startsAt", id LIMIT 2`;

export type Figures = { requestsPerSecond: number; p99: number; errors: number };

export const formatFigures = (f: Figures) =>
	`${Math.round(f.requestsPerSecond).toLocaleString('en')}/s, p99 ${f.p99} ms${f.errors ? `, ${f.errors} errors` : ''}`;

export async function measureGet(url: string, headers: Record<string, string> = {}): Promise<Figures> {
	// A short warm-up so every target is measured hot.
	await autocannon({ url, headers, connections: CONNECTIONS, duration: 2 });
	const result = await autocannon({ url, headers, connections: CONNECTIONS, duration: DURATION_SECONDS });
	return { requestsPerSecond: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

/** The /register form with every field valid (the scale tests post it too): `sessionIds` chosen. */
export function registrationBody(email: string, sessionIds: number[]): string {
	return new URLSearchParams([
		['fullName', `Attendee ${email.split('@')[0]}`],
		['email', email],
		['organisation', 'Load Test Ltd'],
		['jobTitle', 'Engineer'],
		['category', 'industry'],
		['country', 'HK'],
		...sessionIds.map((id) => ['sessionIds', String(id)]),
		['consent', 'on']
	]).toString();
}

/**
 * Autocannon's request for a registration rush: through the real form at `${site}/register`, a new person
 * each time; `onResponse` sees each answer (a registration that worked answers 303).
 */
export function registrationRequest(
	site: string,
	sessionIds: number[],
	onResponse?: autocannon.Request['onResponse']
): autocannon.Request {
	let n = 0;
	return {
		method: 'POST',
		headers: { 'content-type': 'application/x-www-form-urlencoded', origin: site, accept: 'text/html' },
		setupRequest: (request) => ({
			...request,
			body: registrationBody(`bench-${n++}-${randomBytes(4).toString('hex')}@example.com`, sessionIds)
		}),
		onResponse
	};
}

/** Registrations through `${site}/register`; a registration that worked answers 303, anything else is an error. */
export async function measureRegistrations(site: string, sessionIds: number[]): Promise<Figures> {
	const result = await autocannon({
		url: `${site}/register`,
		connections: CONNECTIONS,
		duration: DURATION_SECONDS,
		requests: [registrationRequest(site, sessionIds)]
	});
	return {
		requestsPerSecond: result.requests.average,
		p99: result.latency.p99,
		errors: result.requests.total - (result.statusCodeStats?.['303']?.count ?? 0)
	};
}
