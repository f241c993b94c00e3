import { describe, expect, it } from 'vitest';
import { hasRefusedCharacter, multiline, normaliseEmail, normaliseText, singleLine } from './text';

const line = (value: string) => singleLine(normaliseText(value));

describe('the character policy', () => {
	it('refuses what cannot be meant: undecodable bytes, controls, bidirectional overrides, lone surrogates, noncharacters', () => {
		for (const value of [
			'Caf\uFFFD',
			'a\u0000b',
			'a\u001Bb',
			'a\u007Fb',
			'a\u009Bb',
			'Evil\u202Egnp.exe',
			'a\u2066b\u2069',
			'a\uD800b',
			'a\uFFFEb',
			'a\uFDD0b'
		]) {
			expect(hasRefusedCharacter(value), JSON.stringify(value)).toBe(true);
		}
		for (const value of ['Ada Lovelace', '陳大文', 'line\nbreak\ttab\r\n', 'Zoë', '👩🏽‍🔬', 'a\u200Bb', '\u0085']) {
			expect(hasRefusedCharacter(value), JSON.stringify(value)).toBe(false);
		}
	});

	it('removes invisible characters: zero-width space, word joiner, BOM, soft hyphen, Hangul filler, marks, tags', () => {
		expect(line('\uFEFFAda\u200B Love\u00ADlace\u2060')).toBe('Ada Lovelace');
		expect(line('\u3164')).toBe('');
		expect(line('\u200Eמרים\u200F')).toBe('מרים');
		expect(line('Ada\u{E0041}\u{E0042}')).toBe('Ada');
	});

	it('keeps joiners inside words and emoji, where scripts need them, and drops them elsewhere', () => {
		expect(line('می\u200Cخواهم')).toBe('می\u200Cخواهم');
		expect(line('👩\u200D🔬')).toBe('👩\u200D🔬');
		expect(line('\u200DAda \u200C Lam\u200D')).toBe('Ada Lam');
	});

	it('keeps variation selectors (emoji and ideograph variants)', () => {
		expect(line('❤\uFE0F')).toBe('❤\uFE0F');
		expect(line('葛\u{E0100}')).toBe('葛\u{E0100}');
	});

	it('makes no-break, ideographic and other spaces plain, and one line one line', () => {
		expect(line('Chan\u3000Tai\u00A0Man\u2009Jr')).toBe('Chan Tai Man Jr');
		expect(line(' Ada\n\tLovelace\r\n')).toBe('Ada Lovelace');
	});

	it('keeps lines in multi-line text, with one kind of line break', () => {
		expect(multiline(normaliseText('  Wheelchair  \r\nVegetarian\u2028Halal\r\n\r\n'))).toBe(
			'Wheelchair\nVegetarian\nHalal'
		);
	});

	it('composes text (NFC) but keeps compatibility forms in names', () => {
		expect(line('Zoe\u0308')).toBe('Zoë');
		expect(line('ＡＢＣ ﬁ')).toBe('ＡＢＣ ﬁ');
	});

	it('compares emails by NFKC, without spaces or case: one rule for attendees and organizers', () => {
		expect(normaliseEmail('  Ada@Example.COM ')).toBe('ada@example.com');
		expect(normaliseEmail('ａｄａ＠ｅｘａｍｐｌｅ．ｃｏｍ')).toBe('ada@example.com');
		expect(normaliseEmail('ada\u200B@example.com')).toBe('ada@example.com');
	});
});
