import { describe, expect, it } from 'vitest';
import { editedAtUpdate, revisionBump, revisionUpdate } from './revision';

const before = {
	startsAt: new Date('2024-06-24T02:00:00Z'),
	endsAt: new Date('2024-06-24T02:30:00Z'),
	roomId: 1,
	status: 'scheduled'
};

describe('a session’s revision (its calendar SEQUENCE)', () => {
	it('rises when the time, the room or the status changes', () => {
		expect(revisionBump(before, { startsAt: new Date('2024-06-24T03:00:00Z') })).toBe(true);
		expect(revisionBump(before, { endsAt: new Date('2024-06-24T02:45:00Z') })).toBe(true);
		expect(revisionBump(before, { roomId: 2 })).toBe(true);
		expect(revisionBump(before, { roomId: null })).toBe(true);
		expect(revisionBump(before, { status: 'cancelled' })).toBe(true);
		expect(revisionUpdate(before, { status: 'cancelled' })).toEqual({ increment: 1 });
	});

	it('stays when nothing that places the session changes', () => {
		expect(revisionBump(before, {})).toBe(false);
		// The same instant as a different Date object, as a form would submit it.
		expect(revisionBump(before, { ...before, startsAt: new Date(before.startsAt.getTime()) })).toBe(false);
		expect(revisionUpdate(before, { roomId: 1, status: 'scheduled' })).toBeUndefined();
	});
});

describe('a session’s editedAt (calendar DTSTAMP, sitemap lastmod)', () => {
	it('moves when anything public changed, and not for a capacity or nothing', () => {
		const now = new Date('2024-06-01T00:00:00Z');
		expect(editedAtUpdate(['title'], now)).toBe(now);
		expect(editedAtUpdate(['capacity', 'speakers'], now)).toBe(now);
		expect(editedAtUpdate(['capacity'], now)).toBeUndefined();
		expect(editedAtUpdate([], now)).toBeUndefined();
	});
});
