import { describe, expect, it } from 'vitest';
import { changeSentence, changeSentenceParts } from './schedule-changes';
import type { ScheduleChange } from '$lib/server/releases/diff';

const session = {
	id: 1,
	slug: 'keynote',
	title: 'Keynote',
	startsAt: '2024-06-24T03:00:00.000Z',
	endsAt: '2024-06-24T03:30:00.000Z',
	roomId: 2,
	room: 'Main Hall',
	status: 'scheduled'
};
const timeZone = 'Asia/Hong_Kong';

describe('a schedule change in words', () => {
	it('marks the organizers’ English names on a Chinese page, and the sentence reads the same as a string', () => {
		const change: ScheduleChange = { kind: 're-roomed', session, from: 'Main Hall', to: null };
		const parts = changeSentenceParts(change, { timeZone, locale: 'zh-hk' });
		expect(parts.filter((part) => part.lang === 'en').map((part) => part.text)).toEqual(['Keynote', 'Main Hall']);
		expect(parts.map((part) => part.text).join('')).toBe(changeSentence(change, { timeZone, locale: 'zh-hk' }));
		expect(parts.some((part) => part.text.includes('\uE000'))).toBe(false);
	});

	it('marks nothing in English, where the names are in the page’s language', () => {
		const change: ScheduleChange = { kind: 'retitled', session, from: 'Keynote', to: 'Opening keynote' };
		const parts = changeSentenceParts(change, { timeZone, locale: 'en' });
		expect(parts.every((part) => part.lang === undefined)).toBe(true);
		expect(parts.map((part) => part.text).join('')).toContain('Opening keynote');
	});
});
