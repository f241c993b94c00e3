import { describe, expect, it } from 'vitest';
import { db } from './index';
import { providerFromUrl } from './provider';
import { settings } from '../config';

const onPostgres = providerFromUrl(settings().databaseUrl) === 'postgres';

describe.skipIf(!onPostgres)("the app's PostgreSQL statements", () => {
	it('are prepared once per connection, by a name that follows the SQL text', async () => {
		const prepared = () =>
			db.$queryRaw<{ name: string; statement: string }[]>`SELECT name, statement FROM pg_prepared_statements`;
		// This very query is prepared on the connection it runs on before it runs, so it lists itself.
		const first = await prepared();
		const self = first.find((row) => row.statement.includes('FROM pg_prepared_statements'));
		expect(self?.name).toMatch(/^summit_[\w-]{24}$/);
		// Run again (on any connection of the pool), it has the same name: no clash, no second copy.
		for (let i = 0; i < 12; i++) {
			const again = await prepared();
			const mine = again.filter((row) => row.statement.includes('FROM pg_prepared_statements'));
			expect(mine.map((row) => row.name)).toEqual([self!.name]);
		}
	});
});
