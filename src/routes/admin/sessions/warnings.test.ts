import { describe, expect, it } from 'vitest';
import { warningText } from './warnings';

describe('session warnings as organizers read them', () => {
	it('names the room or the speaker, the other session and its Hong Kong time', () => {
		const other = {
			title: 'Signing ceremony',
			startsAt: new Date('2024-06-24T02:00:00Z'),
			endsAt: new Date('2024-06-24T02:30:00Z')
		};
		expect(warningText({ clash: 'room', room: 'Main Hall', other }, 'Asia/Hong_Kong')).toBe(
			'Main Hall is also used by “Signing ceremony” (10:00–10:30 HKT).'
		);
		expect(warningText({ clash: 'speaker', speaker: 'Clara Chan', other }, 'Asia/Hong_Kong')).toBe(
			'Clara Chan is also on “Signing ceremony” (10:00–10:30 HKT).'
		);
	});
});
