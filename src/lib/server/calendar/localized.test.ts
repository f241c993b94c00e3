import { describe, expect, it } from 'vitest';
import { db } from '../db';
import { createTestEvent, TEST_ORIGIN } from '../testing/fixtures';
import { parseCalendar } from '../testing/ical';
import { getSessionCalendar } from './calendars';

// Calendar files are built outside the page's language context: the locale is passed, and the content
// follows it (an organizer's 繁體中文, derived 简体中文, else English).
describe('calendar files in the reader language', () => {
	it("carries the organizer's Chinese session title and venue, and the English where none was written", async () => {
		const { event, sessionIds } = await createTestEvent({ capacity: null, sessionCapacities: [null] });
		await db.session.update({
			where: { id: sessionIds[0]! },
			data: { translations: JSON.stringify({ 'zh-hk': { title: '藥物研發' } }) }
		});
		const stored = await db.event.update({
			where: { id: event.id },
			data: { translations: JSON.stringify({ 'zh-hk': { venueName: '測試會場' } }) }
		});
		const edition = { event: stored, base: '', isCurrent: false };
		const summaryIn = async (locale: 'en' | 'zh-hk' | 'zh-cn') => {
			const file = await getSessionCalendar('session-0', TEST_ORIGIN, locale, edition);
			return parseCalendar(file!.body).events[0]!;
		};
		expect((await summaryIn('zh-hk')).summary).toBe('藥物研發');
		expect((await summaryIn('zh-hk')).location).toContain('測試會場');
		expect((await summaryIn('zh-cn')).summary).toBe('药物研发');
		expect((await summaryIn('zh-cn')).location).toContain('测试会场');
		expect((await summaryIn('en')).summary).toBe('Session 0');
		expect((await summaryIn('en')).location).toContain('Test venue');
	});
});
