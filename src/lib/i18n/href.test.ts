import { afterEach, describe, expect, it } from 'vitest';
import {
	baseLocale,
	deLocalizeUrl,
	// eslint-disable-next-line no-restricted-imports -- the answers to compare with
	localizeHref as paraglideAnswer,
	overwriteGetLocale,
	type Locale
} from '$lib/paraglide/runtime';
import { localizeHref, unprefixedPath } from './href';

const HREFS = [
	'/',
	'/agenda',
	'/agenda/hkic-biomap-signing-ceremony?day=1#now',
	'/zh-hk/speakers',
	'/calendar/summit.ics',
	'https://example.org/agenda',
	'//cdn.example.org/agenda',
	'mailto:hello@example.org'
];

afterEach(() => overwriteGetLocale(() => baseLocale));

describe('localizeHref', () => {
	it("gives Paraglide's answer in every reader's language, for every target language, the first time and after", () => {
		for (const reader of ['en', 'zh-hk', 'zh-cn'] as Locale[]) {
			overwriteGetLocale(() => reader);
			for (const locale of [undefined, 'en', 'zh-hk', 'zh-cn'] as (Locale | undefined)[]) {
				for (const href of HREFS) {
					const expected = paraglideAnswer(href, locale ? { locale } : undefined);
					expect(localizeHref(href, locale ? { locale } : undefined), `${reader} ${locale} ${href}`).toBe(expected);
					expect(localizeHref(href, locale ? { locale } : undefined)).toBe(expected);
				}
			}
		}
	});

	it('keeps the reader’s language apart: the same path answers each language its own', () => {
		overwriteGetLocale(() => 'zh-hk');
		expect(localizeHref('/agenda')).toBe('/zh-hk/agenda');
		overwriteGetLocale(() => 'en');
		expect(localizeHref('/agenda')).toBe('/agenda');
		overwriteGetLocale(() => 'zh-cn');
		expect(localizeHref('/agenda')).toBe('/zh-cn/agenda');
	});
});

describe('unprefixedPath', () => {
	it("gives the path of Paraglide's deLocalizeUrl, the first time and after", () => {
		const paths = ['/', '/agenda', '/zh-hk', '/zh-hk/', '/zh-cn/agenda/', '/zh-hk/2024/agenda', '/ZH-HK/agenda'];
		paths.push('/en/agenda', '//zh-hk/agenda', '/%E8%AD%B0%E7%A8%8B', '/zh-cn/my/abc');
		for (const pathname of paths) {
			const expected = deLocalizeUrl(new URL(`http://summit.test${pathname}`)).pathname;
			expect(unprefixedPath(pathname), pathname).toBe(expected);
			expect(unprefixedPath(pathname)).toBe(expected);
		}
		expect(unprefixedPath('/zh-hk/agenda')).toBe('/agenda');
	});
});
