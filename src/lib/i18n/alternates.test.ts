import { describe, expect, it } from 'vitest';
import { baseLocale, deLocalizeHref, locales } from '$lib/paraglide/runtime';
import { localizeHref } from './href';
import { languageVersions } from './alternates';

// A registration token's shape (registration/tokens.ts: 20 random bytes, base32).
const TOKEN = 'x4kq2nrbm7vd3hpwzyt6ce5jfgsaxu2l';

describe('languageVersions', () => {
	it("gives each language's address of a page, from any language's address, query kept", () => {
		for (const href of ['/agenda?track=ai', '/zh-hk/agenda?track=ai', '/zh-cn/agenda?track=ai']) {
			const versions = languageVersions(href);
			expect(versions.map((v) => v.locale)).toEqual(locales);
			expect(versions.find((v) => v.locale === baseLocale)?.href).toBe('/agenda?track=ai');
			expect(versions.find((v) => v.locale === 'zh-hk')?.href).toBe('/zh-hk/agenda?track=ai');
		}
	});

	it("gives a personal page the same versions as Paraglide, with the person's own secret in each", () => {
		for (const href of [`/my/${TOKEN}`, `/zh-hk/my/${TOKEN}?from=mail`, `/zh-cn/my/${TOKEN}`]) {
			const expected = locales.map((locale) => localizeHref(deLocalizeHref(href), { locale }));
			expect(languageVersions(href, TOKEN).map((v) => v.href)).toEqual(expected);
			// A second person's page is not answered with the first one's secret.
			const other = href.replace(TOKEN, 'a'.repeat(TOKEN.length));
			expect(languageVersions(other, 'a'.repeat(TOKEN.length)).map((v) => v.href)).toEqual(
				expected.map((e) => e.replace(TOKEN, 'a'.repeat(TOKEN.length)))
			);
		}
	});

	it('works out an address without the secret as any other', () => {
		expect(languageVersions('/speakers', TOKEN)).toEqual(languageVersions('/speakers'));
	});
});
