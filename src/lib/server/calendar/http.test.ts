import { describe, expect, it } from 'vitest';
import { calendarEtag, calendarResponse, PRIVATE_CALENDAR, PUBLIC_CALENDAR } from './http';

const file = {
	filename: 'biocomputing-summit-2024.ics',
	body: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR',
	lastModified: new Date('2024-06-20T08:30:15.250Z')
};
const get = (headers: Record<string, string> = {}) => new Request('http://127.0.0.1/calendar/summit.ics', { headers });

describe('serving a calendar file', () => {
	it('answers with the calendar, its file name, validators and caching', async () => {
		const response = calendarResponse(get(), file, PUBLIC_CALENDAR);
		expect(response.status).toBe(200);
		expect(Object.fromEntries(response.headers)).toEqual({
			'content-type': 'text/calendar; charset=utf-8',
			'content-disposition': 'attachment; filename="biocomputing-summit-2024.ics"',
			etag: calendarEtag(file.body),
			'last-modified': 'Thu, 20 Jun 2024 08:30:15 GMT',
			'cache-control': 'public, max-age=300'
		});
		expect(await response.text()).toBe(file.body);
	});

	it('answers 304 without a body when the client has this version', async () => {
		const etag = calendarEtag(file.body);
		const current: Record<string, string>[] = [
			{ 'if-none-match': etag },
			{ 'if-none-match': `"other", W/${etag}` },
			{ 'if-none-match': '*' },
			{ 'if-modified-since': 'Thu, 20 Jun 2024 08:30:15 GMT' }
		];
		for (const headers of current) {
			const response = calendarResponse(get(headers), file, PUBLIC_CALENDAR);
			expect(response.status, JSON.stringify(headers)).toBe(304);
			expect(response.headers.get('etag')).toBe(etag);
			expect(await response.text()).toBe('');
		}
	});

	it('sends the new version when the client’s copy is older or different', () => {
		const stale: Record<string, string>[] = [
			{ 'if-none-match': '"something-else"' },
			{ 'if-modified-since': 'Thu, 20 Jun 2024 08:30:14 GMT' },
			{ 'if-modified-since': 'not a date' }
		];
		for (const headers of stale)
			expect(calendarResponse(get(headers), file, PUBLIC_CALENDAR).status, JSON.stringify(headers)).toBe(200);
		// If-None-Match wins over If-Modified-Since (RFC 9110 §13.2.2).
		const both = { 'if-none-match': '"something-else"', 'if-modified-since': 'Fri, 21 Jun 2024 00:00:00 GMT' };
		expect(calendarResponse(get(both), file, PUBLIC_CALENDAR).status).toBe(200);
	});

	it('changes the ETag with any change of content', () => {
		expect(calendarEtag(file.body)).toMatch(/^"[\w-]{32}"$/);
		expect(calendarEtag(`${file.body} `)).not.toBe(calendarEtag(file.body));
		// The first 32 characters of the URL-safe base64 SHA-256 of the UTF-8 text, as since the first feeds:
		// apps polling with an older ETag keep their 304s.
		expect(calendarEtag('BEGIN:VCALENDAR\r\n會議\r\n')).toBe('"NspjKkGSqyommi545uLS33sP58PD4YS6"');
	});

	it('keeps a personal feed out of shared caches and search engines', () => {
		const response = calendarResponse(get(), file, PRIVATE_CALENDAR);
		expect(response.headers.get('cache-control')).toBe('private, max-age=300');
		expect(response.headers.get('x-robots-tag')).toBe('noindex');
	});
});
