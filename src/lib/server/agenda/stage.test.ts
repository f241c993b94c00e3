import { describe, expect, it } from 'vitest';
import { registrationClosesAt, registrationWindow, seatsLeftOf, summitStage } from './stage';

const hkt = (iso: string) => new Date(`${iso}+08:00`);
const summit = {
	startsAt: hkt('2024-06-24T09:00'),
	endsAt: hkt('2024-06-24T16:30'),
	registrationOpensAt: hkt('2024-05-01T00:00'),
	registrationClosesAt: hkt('2024-06-20T18:00')
};

describe('summitStage', () => {
	it('is not open before the window opens, and when no opening is set', () => {
		expect(summitStage(summit, hkt('2024-04-30T23:59'), 10)).toBe('registration-not-open');
		expect(summitStage({ ...summit, registrationOpensAt: null }, hkt('2024-06-01T10:00'), 10)).toBe(
			'registration-not-open'
		);
	});

	it('is open inside the window with seats left or no limit', () => {
		expect(summitStage(summit, hkt('2024-05-01T00:00'), 1)).toBe('registration-open');
		expect(summitStage(summit, hkt('2024-06-01T10:00'), null)).toBe('registration-open');
	});

	it('is full inside the window when no seat is left (the waitlist)', () => {
		expect(summitStage(summit, hkt('2024-06-01T10:00'), 0)).toBe('full');
	});

	it('is closed from the window end until the summit starts', () => {
		expect(summitStage(summit, hkt('2024-06-20T18:00'), 10)).toBe('registration-closed');
		expect(summitStage(summit, hkt('2024-06-24T08:59'), 0)).toBe('registration-closed');
	});

	it('is live from the start until the end, whatever the window', () => {
		expect(summitStage(summit, hkt('2024-06-24T09:00'), 10)).toBe('live');
		expect(summitStage({ ...summit, registrationClosesAt: null }, hkt('2024-06-24T16:29'), 0)).toBe('live');
	});

	it('is past from the end on', () => {
		expect(summitStage(summit, hkt('2024-06-24T16:30'), 10)).toBe('past');
		expect(summitStage(summit, new Date('2026-12-02T12:00:00Z'), null)).toBe('past');
	});
});

describe('registrationWindow', () => {
	it('closes at the summit end at the latest', () => {
		const open = { ...summit, registrationClosesAt: null };
		expect(registrationClosesAt(open)).toEqual(summit.endsAt);
		expect(registrationWindow(open, hkt('2024-06-24T10:15'))).toBe('open');
		expect(registrationWindow(open, hkt('2024-06-24T16:30'))).toBe('closed');
		const late = { ...summit, registrationClosesAt: hkt('2024-07-01T00:00') };
		expect(registrationClosesAt(late)).toEqual(summit.endsAt);
		expect(registrationWindow(late, hkt('2024-06-25T00:00'))).toBe('closed');
	});
});

describe('seatsLeftOf', () => {
	it('counts the free seats, null without a limit', () => {
		expect(seatsLeftOf({ capacity: 300, confirmedCount: 299 })).toBe(1);
		expect(seatsLeftOf({ capacity: 2, confirmedCount: 3 })).toBe(0);
		expect(seatsLeftOf({ capacity: null, confirmedCount: 3 })).toBeNull();
	});
});
