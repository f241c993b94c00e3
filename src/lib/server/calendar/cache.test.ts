import { describe, expect, it } from 'vitest';
import { dropRenders } from '../cache/renders';
import { cachedCalendar, forgetCalendar } from './cache';
import type { CalendarFile } from './feeds';

const file = (body: string): CalendarFile => ({ filename: 'x.ics', body, lastModified: new Date(0) });

function counter(result: CalendarFile | null) {
	let builds = 0;
	return {
		build: async () => {
			builds += 1;
			return result;
		},
		get builds() {
			return builds;
		}
	};
}

describe('built calendar files kept in memory', () => {
	it('builds once for concurrent and repeated requests within a minute', async () => {
		const summit = counter(file('A'));
		const t0 = 1_000_000;
		const [a, b] = await Promise.all([
			cachedCalendar('test repeat', summit.build, t0),
			cachedCalendar('test repeat', summit.build, t0)
		]);
		await cachedCalendar('test repeat', summit.build, t0 + 59_000);
		expect(summit.builds).toBe(1);
		expect(a).toBe(b);
		await cachedCalendar('test repeat', summit.build, t0 + 61_000);
		expect(summit.builds).toBe(2);
	});

	it('builds again once organizers changed the programme', async () => {
		const summit = counter(file('B'));
		await cachedCalendar('test invalidated', summit.build);
		dropRenders();
		await cachedCalendar('test invalidated', summit.build);
		expect(summit.builds).toBe(2);
	});

	it('does not keep a missing file, so a token registered a moment later works at once', async () => {
		const unknown = counter(null);
		expect(await cachedCalendar('test missing', unknown.build)).toBeNull();
		expect(await cachedCalendar('test missing', unknown.build)).toBeNull();
		expect(unknown.builds).toBe(2);
	});

	it('builds again at once after a change that concerns one file only (a person’s own feed)', async () => {
		const feed = counter(file('C'));
		await cachedCalendar('test forgotten', feed.build);
		await cachedCalendar('test forgotten', feed.build);
		forgetCalendar('test forgotten');
		await cachedCalendar('test forgotten', feed.build);
		expect(feed.builds).toBe(2);
	});
});
