import { describe, expect, it } from 'vitest';
import { watchBusy } from './busy';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("the request thread's load", () => {
	it('is told when the thread turns busy, and calm again', async () => {
		const seen: boolean[] = [];
		const stop = watchBusy((busy) => seen.push(busy), 50);
		try {
			await pause(150);
			expect(seen).toEqual([]);
			// Work that holds the event loop, as a rush's requests do.
			const until = Date.now() + 250;
			while (Date.now() < until);
			await pause(300);
			expect(seen).toEqual([true, false]);
		} finally {
			stop();
		}
	});
});
