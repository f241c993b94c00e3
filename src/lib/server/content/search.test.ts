import { describe, expect, it } from 'vitest';
import { matchesAll, searchForm, searchTerms } from './search';

describe('content search', () => {
	it('brings Traditional and Simplified to one form', () => {
		expect(searchForm('生物運算創新峰會')).toBe(searchForm('生物运算创新峰会'));
		expect(searchForm('Zürich')).toBe('zurich');
	});

	it('finds a text written in Traditional with a Simplified query, and the reverse', () => {
		expect(matchesAll(searchTerms('药物'), ['Drug discovery', '藥物研發'])).toBe(true);
		expect(matchesAll(searchTerms('藥物'), ['药物研发'])).toBe(true);
		expect(matchesAll(searchTerms('DRUG 研發'), ['Drug discovery', '藥物研發'])).toBe(true);
		expect(matchesAll(searchTerms('基因'), ['Drug discovery', '藥物研發'])).toBe(false);
	});
});
