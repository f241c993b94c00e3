import { describe, expect, it } from 'vitest';
import { db } from './index';
import { providerFromUrl } from './provider';
import { createGroupCommit } from './group-commit';
import { settings } from '../config';

const onSqlite = providerFromUrl(settings().databaseUrl) === 'sqlite';

describe.skipIf(!onSqlite)('group commit on SQLite', () => {
	it('writes arriving together commit together, and a failing one undoes only its own rows', async () => {
		await db.$connect();
		const prefix = `group-${Date.now()}`;
		const write = createGroupCommit((handle, n: number) => {
			const insert = handle.prepare(
				`INSERT INTO "OutboxMail" ("kind", "toAddress", "dedupeKey") VALUES ('test', ?, ?)`
			);
			insert.run(`${n}@example.com`, `${prefix}:${n}`);
			// The third write's second row clashes with its first: its first row must go too.
			if (n === 3) insert.run(`${n}@example.com`, `${prefix}:${n}`);
			return n;
		});
		const outcomes = await Promise.allSettled([1, 2, 3, 4, 5].map((n) => write(n)));
		expect(outcomes.map((outcome) => outcome.status)).toEqual([
			'fulfilled',
			'fulfilled',
			'rejected',
			'fulfilled',
			'fulfilled'
		]);
		const kept = await db.outboxMail.findMany({
			where: { dedupeKey: { startsWith: prefix } },
			select: { dedupeKey: true },
			orderBy: { dedupeKey: 'asc' }
		});
		expect(kept.map((row) => row.dedupeKey)).toEqual([1, 2, 4, 5].map((n) => `${prefix}:${n}`));
	});
});
