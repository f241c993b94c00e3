import { describe, expect, it } from 'vitest';
import {
	dateKey,
	formatDate,
	formatShortDate,
	formatTime,
	formatTimeRange,
	isoInZone,
	zoneLabel,
	zoneOffsetMinutes,
	zonesDiffer
} from './time';

const signing = new Date('2024-06-24T02:00:00Z'); // 10:00 in Hong Kong

describe('time in the summit zone', () => {
	it('formats instants in Hong Kong time whatever the server zone', () => {
		expect(formatTime(signing, 'Asia/Hong_Kong')).toBe('10:00');
		expect(formatTimeRange(signing, new Date('2024-06-24T02:30:00Z'), 'Asia/Hong_Kong')).toBe('10:00–10:30');
		expect(formatDate(signing, 'Asia/Hong_Kong')).toBe('Monday 24 June 2024');
		expect(zoneLabel('Asia/Hong_Kong')).toBe('HKT');
	});

	it('shows the same instant in far-away zones, with their own date', () => {
		expect(formatTime(signing, 'Europe/London')).toBe('03:00');
		expect(formatTime(signing, 'America/Los_Angeles')).toBe('19:00');
		expect(dateKey(signing, 'America/Los_Angeles')).toBe('2024-06-23');
		expect(dateKey(signing, 'Asia/Hong_Kong')).toBe('2024-06-24');
	});

	it('knows zone offsets, including daylight saving elsewhere', () => {
		expect(zoneOffsetMinutes(signing, 'Asia/Hong_Kong')).toBe(480);
		expect(zoneOffsetMinutes(signing, 'Europe/London')).toBe(60); // BST in June
		expect(zoneOffsetMinutes(new Date('2024-01-15T02:00:00Z'), 'Europe/London')).toBe(0);
		expect(zoneOffsetMinutes(signing, 'America/Los_Angeles')).toBe(-420);
		expect(zonesDiffer(signing, 'Asia/Hong_Kong', 'Asia/Shanghai')).toBe(false);
		expect(zonesDiffer(signing, 'Asia/Hong_Kong', 'Europe/London')).toBe(true);
	});

	it('answers each instant, zone and language for itself when asked again (the answers are kept)', () => {
		for (let round = 0; round < 2; round++) {
			expect(formatDate(signing, 'Asia/Hong_Kong', 'en-GB')).toBe('Monday 24 June 2024');
			expect(formatDate(signing, 'Asia/Hong_Kong', 'zh-Hant-HK')).toBe('2024年6月24日（星期一）');
			expect(formatShortDate(signing, 'America/Los_Angeles', 'en-GB')).toBe('Sun 23 Jun');
			expect(formatShortDate(signing, 'Asia/Hong_Kong', 'en-GB')).toBe('Mon 24 Jun');
			expect(formatTime(signing, 'Asia/Hong_Kong')).toBe('10:00');
			expect(formatTime(signing.toISOString(), 'Europe/London')).toBe('03:00');
			expect(isoInZone(signing.getTime(), 'Europe/London')).toBe('2024-06-24T03:00:00+01:00');
		}
	});

	it('writes ISO 8601 with the zone offset for machines', () => {
		expect(isoInZone(signing, 'Asia/Hong_Kong')).toBe('2024-06-24T10:00:00+08:00');
		expect(isoInZone(signing, 'America/Los_Angeles')).toBe('2024-06-23T19:00:00-07:00');
	});
});
