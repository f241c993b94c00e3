// Every interface string exists in every language (a missing one would show in English, unmarked), with
// the same placeholders as the English, and none left over from a renamed key.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { baseLocale, locales } from '$lib/paraglide/runtime';

const AREAS = ['public', 'admin', 'mail', 'calendar'];
// The summit's name: no Chinese name is published, so Chinese pages show it in English, marked lang="en".
const NAMES = new Set(['site_name', 'site_short_name']);

type Messages = Record<string, unknown>;
const read = (area: string, locale: string): Messages =>
	JSON.parse(readFileSync(`messages/${area}/${locale}.json`, 'utf8')) as Messages;

/** The {placeholders} a message uses, in every variant of a plural. */
function placeholders(message: unknown): string[] {
	const found = new Set<string>();
	for (const match of JSON.stringify(message).matchAll(/\{(\w+)\}/g)) found.add(match[1]!);
	return [...found].sort();
}

describe.each(AREAS)('the %s messages', (area) => {
	const english = read(area, baseLocale);
	const keys = Object.keys(english).filter((key) => key !== '$schema');

	it.each(locales.filter((locale) => locale !== baseLocale))('are all written in %s', (locale) => {
		const translated = read(area, locale);
		expect(keys.filter((key) => !(key in translated) && !NAMES.has(key))).toEqual([]);
		expect(Object.keys(translated).filter((key) => key !== '$schema' && !(key in english))).toEqual([]);
		const differing = keys.filter(
			(key) => key in translated && placeholders(translated[key]).join() !== placeholders(english[key]).join()
		);
		expect(differing).toEqual([]);
	});
});
