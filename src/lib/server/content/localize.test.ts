import { describe, expect, it } from 'vitest';
import { localize, localizeCachedRecord, localizeRecord } from './localize';
import { quoteForReader } from './quotes';
import { changedTranslations, parseTranslations, serialiseTranslations } from './translations';

const translated = JSON.stringify({ 'zh-hk': { title: '生物運算與藥物研發' } });

describe('localize', () => {
	it('shows the English on English pages, whatever the translations', () => {
		expect(localize('Drug discovery', translated, 'title', 'en')).toEqual({ text: 'Drug discovery', lang: 'en' });
	});

	it("shows the organizer's Traditional text in 繁體中文", () => {
		expect(localize('Drug discovery', translated, 'title', 'zh-hk')).toEqual({
			text: '生物運算與藥物研發',
			lang: 'zh-hk'
		});
	});

	it('derives the Simplified from the Traditional with OpenCC', () => {
		expect(localize('Drug discovery', translated, 'title', 'zh-cn')).toEqual({
			text: '生物运算与药物研发',
			lang: 'zh-cn'
		});
	});

	it("prefers the organizer's own Simplified to the derived one", () => {
		const both = JSON.stringify({ 'zh-hk': { title: '生物運算與藥物研發' }, 'zh-cn': { title: '生物计算与新药研发' } });
		expect(localize('Drug discovery', both, 'title', 'zh-cn').text).toBe('生物计算与新药研发');
	});

	it('falls back to the English, marked as English, when there is no translation', () => {
		expect(localize('Drug discovery', '{}', 'title', 'zh-hk')).toEqual({ text: 'Drug discovery', lang: 'en' });
		expect(localize('Drug discovery', translated, 'abstract', 'zh-cn')).toEqual({ text: 'Drug discovery', lang: 'en' });
		expect(localize('Drug discovery', 'not json', 'title', 'zh-hk')).toEqual({ text: 'Drug discovery', lang: 'en' });
	});

	it('marks the fields of a record that are not in the page language', () => {
		const record = { title: 'Drug discovery', abstract: 'About drugs', slug: 'drugs', translations: translated };
		expect(localizeRecord(record, ['title', 'abstract'], 'zh-hk')).toEqual({
			title: '生物運算與藥物研發',
			abstract: 'About drugs',
			slug: 'drugs',
			langOf: { abstract: 'en' }
		});
		expect(localizeRecord(record, ['title', 'abstract'], 'en').langOf).toEqual({});
	});

	it("keeps a cached record's version per language and fields, and makes a new one for a new object", () => {
		const record = { title: 'Drug discovery', abstract: 'About drugs', slug: 'drugs', translations: translated };
		const traditional = localizeCachedRecord(record, ['title', 'abstract'], 'zh-hk');
		expect(traditional).toEqual(localizeRecord(record, ['title', 'abstract'], 'zh-hk'));
		expect(localizeCachedRecord(record, ['title', 'abstract'], 'zh-hk')).toBe(traditional);
		expect(localizeCachedRecord(record, ['title', 'abstract'], 'en')).toMatchObject({ title: 'Drug discovery' });
		expect(localizeCachedRecord(record, ['abstract'], 'zh-hk')).toMatchObject({ title: 'Drug discovery' });
		// The cache read the row again: a new object, its own versions.
		const reread = { ...record, translations: '{}' };
		expect(localizeCachedRecord(reread, ['title', 'abstract'], 'zh-hk')).toMatchObject({ title: 'Drug discovery' });
	});
});

describe('quotes', () => {
	const quote = { text: 'Biocomputing will change medicine.', language: 'en', translations: '{}' };

	it('shows a quote in the language it was said, with no translation unless an organizer wrote one', () => {
		expect(quoteForReader(quote, 'zh-hk')).toEqual({
			said: { text: 'Biocomputing will change medicine.', lang: 'en' },
			translation: null
		});
	});

	it("shows the organizer's translation beside the words, for the reader's language only", () => {
		const withTranslation = { ...quote, translations: JSON.stringify({ 'zh-hk': { text: '生物運算將改變醫學。' } }) };
		expect(quoteForReader(withTranslation, 'zh-hk')).toEqual({
			said: { text: 'Biocomputing will change medicine.', lang: 'en' },
			translation: { text: '生物運算將改變醫學。', lang: undefined }
		});
		expect(quoteForReader(withTranslation, 'zh-cn').translation).toEqual({
			text: '生物运算将改变医学。',
			lang: undefined
		});
		expect(quoteForReader(withTranslation, 'en').translation).toBeNull();
	});

	it('never converts words said in Chinese: a 繁體中文 quote stays Traditional on a 简体中文 page', () => {
		const said = { text: '生物運算將改變醫學。', language: 'zh-hk', translations: '{}' };
		expect(quoteForReader(said, 'zh-cn')).toEqual({
			said: { text: '生物運算將改變醫學。', lang: 'zh-Hant-HK' },
			translation: null
		});
	});
});

describe('stored translations', () => {
	it('keeps only non-empty texts, in a stable order', () => {
		expect(serialiseTranslations({ 'zh-hk': { title: ' 議程 ', abstract: '' }, 'zh-cn': { title: '' } })).toBe(
			'{"zh-hk":{"title":"議程"}}'
		);
		expect(parseTranslations('{"zh-hk":{"title":3}}')).toEqual({});
	});

	it('tells the audit which translation changed', () => {
		expect(
			changedTranslations('{"zh-hk":{"title":"議程"}}', '{"zh-hk":{"title":"議程表"},"zh-cn":{"bio":"简介"}}')
		).toEqual({ 'title:zh-hk': ['議程', '議程表'], 'bio:zh-cn': ['', '简介'] });
	});
});
