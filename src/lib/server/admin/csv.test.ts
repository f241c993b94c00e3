import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv';

describe('CSV for Excel', () => {
	it('starts with a byte order mark, quotes every field and ends lines with CRLF', () => {
		const csv = toCsv(
			['Name', 'Organisation'],
			[
				['陳大文', 'Chan "Big" Co, Ltd'],
				['Zoë\nLam', null]
			]
		);
		expect(csv).toBe('\uFEFF"Name","Organisation"\r\n"陳大文","Chan ""Big"" Co, Ltd"\r\n"Zoë\nLam",""\r\n');
		expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
	});

	it('neutralises what a spreadsheet would run as a formula', () => {
		for (const dangerous of [
			'=HYPERLINK("http://evil.example","x")',
			'+1+1',
			'-2+3',
			'@SUM(A1)',
			'\t=1',
			'\r=1',
			'＝1+1'
		]) {
			expect(csvField(dangerous)).toBe(`"'${dangerous.replace(/"/g, '""')}"`);
		}
		expect(csvField('Plain text = fine')).toBe('"Plain text = fine"');
		expect(csvField(42)).toBe('"42"');
	});
});
