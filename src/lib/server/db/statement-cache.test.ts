import { describe, expect, it } from 'vitest';
import { db } from './index';
import { providerFromUrl } from './provider';
import { sqliteConnection } from './serial-writes';
import { settings } from '../config';

const onSqlite = providerFromUrl(settings().databaseUrl) === 'sqlite';

describe.skipIf(!onSqlite)("Prisma's SQLite statements", () => {
	it('are compiled once per SQL text, and each run takes its own arguments', async () => {
		await db.$connect();
		const handle = await sqliteConnection()!((connection) => connection);
		const compiled: string[] = [];
		const prepare = handle.prepare.bind(handle);
		handle.prepare = ((sql: string) => {
			compiled.push(sql);
			return prepare(sql);
		}) as typeof handle.prepare;
		try {
			const key = (n: number) => `statement-cache-${Date.now()}-${n}`;
			const [first, second] = [key(1), key(2)];
			for (const dedupeKey of [first, second])
				await db.outboxMail.create({ data: { kind: 'test', toAddress: 'cache@example.com', dedupeKey } });
			const find = (dedupeKey: string) =>
				db.outboxMail.findUnique({ where: { dedupeKey }, select: { dedupeKey: true } });
			expect(await find(first)).toEqual({ dedupeKey: first });
			expect(await find(second)).toEqual({ dedupeKey: second });
			expect(await find('none')).toBeNull();
			const reads = compiled.filter((sql) => sql.startsWith('SELECT') && sql.includes('`OutboxMail`'));
			expect(reads).toHaveLength(1);
			const inserts = compiled.filter((sql) => sql.startsWith('INSERT INTO') && sql.includes('`OutboxMail`'));
			expect(inserts).toHaveLength(1);
		} finally {
			delete (handle as { prepare?: unknown }).prepare;
		}
	});
});
