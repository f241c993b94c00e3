import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPipelinedConnection } from './pipelined';
import { providerFromUrl } from './provider';
import { settings } from '../config';
import { db } from './index';

const url = settings().databaseUrl;
const onPostgres = providerFromUrl(url) === 'postgres';

describe.skipIf(!onPostgres)('the pipelined PostgreSQL connection', () => {
	const connection = createPipelinedConnection(url);
	const insert = (value: string) => ({
		name: 'pipelined_test_insert',
		text: 'INSERT INTO pipelined_test (value) VALUES ($1::text) RETURNING id',
		values: [value]
	});
	const stored = async () =>
		(await db.$queryRawUnsafe<{ value: string }[]>('SELECT value FROM pipelined_test ORDER BY id')).map((r) => r.value);

	beforeAll(async () => {
		await db.$executeRawUnsafe('CREATE TABLE pipelined_test (id serial PRIMARY KEY, value text UNIQUE NOT NULL)');
	});
	afterAll(async () => {
		await connection.end();
		await db.$executeRawUnsafe('DROP TABLE pipelined_test');
	});

	it('sends statements without waiting, and each commits or fails on its own', async () => {
		const sent = ['a', 'b', 'a', 'c'].map((value) => connection.query(insert(value)));
		const settled = await Promise.allSettled(sent);
		expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
		expect((settled[2] as PromiseRejectedResult).reason.code).toBe('23505');
		expect(await stored()).toEqual(['a', 'b', 'c']);
		// One connection: every statement ran on the same backend.
		const backends = await Promise.all(
			[1, 2, 3].map(() => connection.query<{ pid: number }>({ text: 'SELECT pg_backend_pid() AS pid' }))
		);
		expect(new Set(backends.map((b) => b.rows[0]!.pid)).size).toBe(1);
	});

	it('opens a new connection when its connection was lost', async () => {
		const backend = async () =>
			(await connection.query<{ pid: number }>({ text: 'SELECT pg_backend_pid() AS pid' })).rows[0]!.pid;
		const before = await backend();
		await db.$queryRawUnsafe('SELECT pg_terminate_backend($1::int)', before);
		// Statements sent before pg has read the termination fail with it; then one runs on a new connection.
		let failed = 0;
		for (;;) {
			try {
				await connection.query(insert('after'));
				break;
			} catch {
				if (++failed > 50) throw new Error('no new connection');
				await new Promise((resolve) => setTimeout(resolve, 20));
			}
		}
		expect(await backend()).not.toBe(before);
		expect(await stored()).toContain('after');
	});
});
