// The listener against a second client on the same database: what another instance's organizer change
// looks like from here. On SQLite the second client is a second connection to the file; on PostgreSQL
// (npm run test:unit:postgres) a second pool, and then the NOTIFY path is tested with polling slowed down.
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { settings } from '../config';
import { db } from '../db';
import { createDatabase, prepareDatabase, type Database } from '../db/client';
import { providerFromUrl } from '../db/provider';
import { LISTENER_APPLICATION_NAME, startContentListener, type ListenerTiming } from './content-listener';
import { commitContentChange, contentChanged } from './content-version';
import { registerRenders } from './renders';

const url = settings().databaseUrl;
const onPostgres = providerFromUrl(url) === 'postgres';
const SLOW = 60_000;

let drops = 0;
registerRenders(() => (drops += 1));

const waitFor = async (condition: () => Promise<boolean> | boolean, ms: number) => {
	const until = Date.now() + ms;
	while (!(await condition())) {
		if (Date.now() > until) return false;
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
	return true;
};
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Another instance: its own client, making its own change. */
let otherInstance: Database;
const changeThroughOtherInstance = () => otherInstance.$transaction([contentChanged(otherInstance)]);

let stop: (() => Promise<void>) | null = null;
const listen = async (timing: Partial<ListenerTiming> = {}) => {
	stop = await startContentListener(db, url, timing);
};

beforeAll(async () => {
	otherInstance = createDatabase(url);
	await prepareDatabase(otherInstance, url);
});
afterEach(async () => {
	await stop?.();
	stop = null;
});
afterAll(async () => {
	await otherInstance.$disconnect();
});

describe('the content listener', () => {
	it('drops this instance’s renders within a second of another instance’s change', async () => {
		await listen();
		const before = drops;
		await pause(600);
		expect(drops).toBe(before);

		await changeThroughOtherInstance();
		const changedAt = Date.now();
		expect(await waitFor(() => drops > before, 1_000)).toBe(true);
		expect(Date.now() - changedAt).toBeLessThan(1_000);
		expect(drops).toBe(before + 1);
	});

	it('drops once for a change made here: at the commit, not again when it hears of it', async () => {
		await listen();
		const before = drops;
		await commitContentChange([]);
		expect(drops).toBe(before + 1);
		await pause(700);
		expect(drops).toBe(before + 1);
	});
});

describe.runIf(onPostgres)('the content listener on PostgreSQL', () => {
	let sql: pg.Client;
	const listenerConnections = async () =>
		Number(
			(
				await sql.query(
					`SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1`,
					[LISTENER_APPLICATION_NAME]
				)
			).rows[0].n
		);
	const cutListenerConnection = () =>
		sql.query(
			`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1`,
			[LISTENER_APPLICATION_NAME]
		);

	beforeAll(async () => {
		sql = new pg.Client({ connectionString: url });
		await sql.connect();
	});
	afterAll(async () => {
		await sql.end();
	});

	it('hears another instance’s change by NOTIFY, with polling slowed to a minute', async () => {
		await listen({ pollMs: SLOW, listeningPollMs: SLOW });
		const before = drops;
		await changeThroughOtherInstance();
		const changedAt = Date.now();
		expect(await waitFor(() => drops > before, 1_000)).toBe(true);
		expect(Date.now() - changedAt).toBeLessThan(1_000);
	});

	it('hears nothing of an edit that rolled back', async () => {
		await listen({ pollMs: SLOW, listeningPollMs: SLOW });
		const before = drops;
		const failing = otherInstance.$transaction([
			contentChanged(otherInstance),
			otherInstance.contentVersion.create({ data: { id: 1, version: 0 } })
		]);
		await expect(failing).rejects.toThrow();
		await pause(500);
		expect(drops).toBe(before);
	});

	it('listens again after losing its connection, and catches up on what it missed meanwhile', async () => {
		await listen({ pollMs: SLOW, listeningPollMs: SLOW, reconnectMs: 300 });
		expect(await listenerConnections()).toBe(1);
		const before = drops;
		await cutListenerConnection();
		// Announced while nobody listened: only the read on reconnecting can find it.
		await changeThroughOtherInstance();
		expect(await waitFor(() => drops > before, 3_000)).toBe(true);
		expect(await waitFor(async () => (await listenerConnections()) === 1, 1_000)).toBe(true);

		const again = drops;
		await changeThroughOtherInstance();
		expect(await waitFor(() => drops > again, 1_000)).toBe(true);
	});

	it('polls while it cannot listen', async () => {
		await listen({ pollMs: 100, listeningPollMs: SLOW, reconnectMs: SLOW });
		await cutListenerConnection();
		expect(await waitFor(async () => (await listenerConnections()) === 0, 1_000)).toBe(true);
		const before = drops;
		await changeThroughOtherInstance();
		expect(await waitFor(() => drops > before, 1_000)).toBe(true);
	});

	it('closes its LISTEN connection when stopped', async () => {
		await listen();
		expect(await listenerConnections()).toBe(1);
		await stop!();
		stop = null;
		expect(await waitFor(async () => (await listenerConnections()) === 0, 1_000)).toBe(true);
	});
});
