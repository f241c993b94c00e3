import { describe, expect, it } from 'vitest';
import { keptAnswers } from './kept-answers';

describe('keptAnswers', () => {
	it('does the work once per key, and keeps at most the number asked for', () => {
		const kept = keptAnswers<string>(2);
		let done = 0;
		const upper = (key: string) => kept(key, () => (done++, key.toUpperCase()));
		expect([upper('a'), upper('a'), upper('b'), upper('b')]).toEqual(['A', 'A', 'B', 'B']);
		expect(done).toBe(2);
		// Full: a third key drops what was kept, so 'a' is worked out again.
		expect([upper('c'), upper('a')]).toEqual(['C', 'A']);
		expect(done).toBe(4);
	});
});
