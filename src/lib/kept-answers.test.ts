import { describe, expect, it } from 'vitest';
import { keptAnswers, keptAnswersByParts } from './kept-answers';

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

describe('keptAnswersByParts', () => {
	it('does the work once per three parts, and keeps at most the number asked for under the first two', () => {
		const kept = keptAnswersByParts<string, string, number, string>(2);
		let done = 0;
		const answer = (a: string, b: string, c: number) => kept(a, b, c, () => (done++, `${a}${b}${c}`));
		expect([answer('x', 'y', 1), answer('x', 'y', 1), answer('x', 'z', 1), answer('w', 'y', 1)]).toEqual([
			'xy1',
			'xy1',
			'xz1',
			'wy1'
		]);
		expect(done).toBe(3);
		expect([answer('x', 'y', 2), answer('x', 'y', 1)]).toEqual(['xy2', 'xy1']);
		expect(done).toBe(3 + 1);
		// Full under ('x', 'y'): a third instant drops what was kept there, and only there.
		expect([answer('x', 'y', 3), answer('x', 'y', 1), answer('x', 'z', 1)]).toEqual(['xy3', 'xy1', 'xz1']);
		expect(done).toBe(4 + 2);
	});
});
