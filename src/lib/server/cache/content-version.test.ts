import { afterAll, describe, expect, it } from 'vitest';
import { db } from '../db';
import { raiseContentVersion, readContentVersion, startContentVersionSync } from './content-version';
import { currentGeneration, invalidatePages } from './page-cache';

const waitFor = async (condition: () => Promise<boolean> | boolean, ms = 2_000) => {
	const until = Date.now() + ms;
	while (!(await condition())) {
		if (Date.now() > until) return false;
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
	return true;
};

describe('the shared content version', () => {
	let stop: (() => Promise<void>) | null = null;
	afterAll(async () => {
		await stop?.();
	});

	it('drops this instance’s renders when another instance raises it, within a poll', async () => {
		stop = await startContentVersionSync(db, 50);
		// A render is kept only while the generation it started in is current; a drop moves it on.
		const rendersOf = currentGeneration();
		await new Promise((resolve) => setTimeout(resolve, 120));
		expect(currentGeneration()).toBe(rendersOf);

		// What another instance's organizer change does: raise the row in the database.
		await raiseContentVersion(db);
		expect(await waitFor(() => currentGeneration() > rendersOf, 1_000)).toBe(true);
	});

	it('raises it when this instance changes content, so the others follow', async () => {
		const before = await readContentVersion(db);
		invalidatePages();
		expect(await waitFor(async () => (await readContentVersion(db)) === before + 1)).toBe(true);
	});

	it('never fails when instances raise it at once', async () => {
		const before = await readContentVersion(db);
		await Promise.all(Array.from({ length: 10 }, () => raiseContentVersion(db)));
		expect(await readContentVersion(db)).toBe(before + 10);
	});
});
