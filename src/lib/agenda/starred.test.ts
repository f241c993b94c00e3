import { describe, expect, it } from 'vitest';
import { clashesOf, MAX_STARRED, parseStarredIds, starredQuery } from './starred';

describe('starred session ids in a URL', () => {
	it('reads comma lists and repeated parameters, in order, without repeats', () => {
		expect(parseStarredIds(['8,3', '5', '3'])).toEqual([3, 5, 8]);
		expect(parseStarredIds([])).toEqual([]);
		expect(parseStarredIds(['3,,5'])).toEqual([3, 5]);
	});

	it('refuses anything but plain ids, and too many', () => {
		for (const bad of ['03', '3.0', '-3', '0', '3e1', 'abc', ' 3']) expect(parseStarredIds([bad]), bad).toBeNull();
		const many = Array.from({ length: MAX_STARRED + 1 }, (_, index) => index + 1).join(',');
		expect(parseStarredIds([many])).toBeNull();
	});

	it('writes one canonical query for the same stars', () => {
		expect(starredQuery([8, 3, 5, 3])).toBe('3,5,8');
	});
});

describe('clashes between starred sessions', () => {
	const at = (time: string) => new Date(`2024-06-24T${time}:00+08:00`);
	const session = (id: number, start: string, end: string) => ({ id, startsAt: at(start), endsAt: at(end) });

	it('marks overlapping sessions, not ones that only touch', () => {
		const clashes = clashesOf([
			session(1, '10:00', '10:30'),
			session(2, '10:15', '11:00'),
			session(3, '11:00', '11:30')
		]);
		expect(clashes.get(1)?.map((s) => s.id)).toEqual([2]);
		expect(clashes.get(2)?.map((s) => s.id)).toEqual([1]);
		expect(clashes.get(3)).toEqual([]);
	});
});
