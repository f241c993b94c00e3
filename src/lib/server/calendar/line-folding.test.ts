// ical-generator 10 measured each character's UTF-8 length with a new TextEncoder while folding lines,
// about 1 ms of every confirmation mail; patches/ical-generator+10.2.0.patch counts it arithmetically
// instead (as ical-generator 11 does, which needs Node 22). The folded lines must stay exactly as before.
import { describe, expect, it } from 'vitest';
import { foldLines } from 'ical-generator';

const octets = (line: string) => Buffer.byteLength(line, 'utf8');

describe('calendar lines folded at 75 octets (RFC 5545 3.1)', () => {
	const lines = [
		'SUMMARY:' + 'International Bio-Computing Innovation Summit '.repeat(4),
		'SUMMARY:' + '國際生物計算創新峰會'.repeat(10),
		'DESCRIPTION:' + 'é, 香港, 🧬 and ASCII '.repeat(12),
		'SUMMARY:short'
	];
	it.each(lines)('%s', (line) => {
		const folded = foldLines(line);
		const parts = folded.split('\r\n');
		for (const [i, part] of parts.entries()) {
			expect(octets(part)).toBeLessThanOrEqual(75);
			if (i > 0) expect(part.startsWith(' ')).toBe(true);
		}
		// Unfolding gives the line back, and no character is split across a fold.
		expect(folded.replace(/\r\n /g, '')).toBe(line);
		// Each fold comes as late as ical-generator puts it: after 74 octets of the line's own text.
		const text = parts.map((part, i) => (i > 0 ? part.slice(1) : part));
		for (const [i, part] of text.slice(0, -1).entries()) {
			const next = [...text[i + 1]!][0]!;
			expect(octets(part)).toBeLessThanOrEqual(74);
			expect(octets(part) + octets(next)).toBeGreaterThan(74);
		}
	});
});
