// The one listener per process: it follows the shared content version (content-version.ts) and hands
// every version it hears of to renders.ts, which drops every render when it moved. On PostgreSQL a
// dedicated connection LISTENs, so another instance's change arrives the moment it commits; polling (a
// primary-key read) is what SQLite has, and PostgreSQL's fallback while that connection is down.
import pg from 'pg';
import type { Database } from '../db';
import { providerFromUrl } from '../db/provider';
import { CONTENT_CHANNEL, readContentVersion } from './content-version';
import { contentVersionSeen } from './renders';

export type ListenerTiming = {
	/** How often the version is read when nothing pushes it: always on SQLite, on PostgreSQL while not listening. */
	pollMs: number;
	/** How often it is read while LISTENing anyway, in case a connection died without telling. */
	listeningPollMs: number;
	/** The first wait before connecting again; it doubles on each failure, up to 30 s. */
	reconnectMs: number;
};

const DEFAULT_TIMING: ListenerTiming = { pollMs: 500, listeningPollMs: 10_000, reconnectMs: 500 };
const MAX_RECONNECT_MS = 30_000;
/** How the connection shows in pg_stat_activity. */
export const LISTENER_APPLICATION_NAME = 'summit content listener';

/** Starts listening; the returned function stops it, closing the LISTEN connection. */
export async function startContentListener(
	db: Database,
	databaseUrl: string,
	timing: Partial<ListenerTiming> = {}
): Promise<() => Promise<void>> {
	const { pollMs, listeningPollMs, reconnectMs } = { ...DEFAULT_TIMING, ...timing };
	const reads = new Set<Promise<void>>();
	let stopped = false;
	let listening: pg.Client | null = null;
	let pollTimer: NodeJS.Timeout | undefined;
	let reconnectTimer: NodeJS.Timeout | undefined;

	const readVersion = () => {
		const read = readContentVersion(db).then(contentVersionSeen, (error: unknown) => {
			// The database is away; the renders' own time to live still bounds how stale they get.
			console.error('Reading the content version failed:', error instanceof Error ? error.message : error);
		});
		reads.add(read);
		void read.finally(() => reads.delete(read));
		return read;
	};

	const schedulePoll = () => {
		clearTimeout(pollTimer);
		if (stopped) return;
		pollTimer = setTimeout(() => void readVersion().finally(schedulePoll), listening ? listeningPollMs : pollMs);
		pollTimer.unref();
	};

	let nextReconnectMs = reconnectMs;
	let connecting: Promise<void> | null = null;
	const connect = async () => {
		const client = new pg.Client({
			connectionString: databaseUrl,
			application_name: LISTENER_APPLICATION_NAME,
			keepAlive: true
		});
		// Attached before connecting: an 'error' event nobody listens to would end the process.
		const lost = (error: Error) => {
			if (stopped || client !== listening) return;
			console.error('The content listener lost its connection:', error.message);
			listening = null;
			schedulePoll();
			scheduleReconnect();
		};
		client.on('error', lost);
		client.on('end', () => lost(new Error('the connection ended')));
		client.on('notification', (message) => {
			if (message.channel !== CONTENT_CHANNEL) return;
			const version = Number(message.payload);
			if (Number.isInteger(version)) contentVersionSeen(version);
			else void readVersion();
		});
		try {
			await client.connect();
			await client.query(`LISTEN ${CONTENT_CHANNEL}`);
		} catch (error) {
			console.error('The content listener could not connect:', error instanceof Error ? error.message : error);
			await client.end().catch(() => undefined);
			scheduleReconnect();
			return;
		}
		if (stopped) {
			await client.end();
			return;
		}
		listening = client;
		nextReconnectMs = reconnectMs;
		schedulePoll();
		// Changes committed while no connection listened were announced to nobody: read the row.
		await readVersion();
	};
	const scheduleReconnect = () => {
		if (stopped) return;
		reconnectTimer = setTimeout(() => {
			connecting = connect().finally(() => (connecting = null));
		}, nextReconnectMs);
		reconnectTimer.unref();
		nextReconnectMs = Math.min(nextReconnectMs * 2, MAX_RECONNECT_MS);
	};

	await readVersion();
	if (providerFromUrl(databaseUrl) === 'postgres') await connect();
	schedulePoll();

	return async () => {
		stopped = true;
		clearTimeout(pollTimer);
		clearTimeout(reconnectTimer);
		await connecting;
		const client = listening;
		listening = null;
		await Promise.all([client?.end(), ...reads]);
	};
}
