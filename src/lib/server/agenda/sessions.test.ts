import { describe, expect, it } from 'vitest';
import { getCurrentEvent } from './event';
import { getSessionWithNeighbours, listSessions } from './sessions';
import { getSpeaker, listSpeakers } from './speakers';

// Reads the run's seeded database (see src/lib/server/testing/global-setup.ts).
describe('reading the programme', () => {
	it('lists the day in time order with tracks, rooms and speakers', async () => {
		const event = await getCurrentEvent();
		const sessions = await listSessions(event.id);
		const starts = sessions.map((s) => s.startsAt.getTime());
		expect(starts).toEqual([...starts].sort((a, b) => a - b));
		const signing = sessions.find((s) => s.slug === 'hkic-biomap-signing-ceremony');
		expect(signing?.room?.name).toBe('Main Hall');
		expect(signing?.track?.slug).toBe('partnership');
		expect(signing?.speakers.map((s) => [s.name, s.role, s.organisation])).toEqual([
			['Clara Chan', 'signatory', 'The Hong Kong Investment Corporation Limited'],
			['Wei Liu', 'signatory', 'BioMap'],
			['Paul Chan Mo-po', 'witness', 'Government of the Hong Kong Special Administrative Region']
		]);
	});

	it('finds a session with its neighbours, and nothing for an unknown slug', async () => {
		const event = await getCurrentEvent();
		const found = await getSessionWithNeighbours(event.id, 'hkic-biomap-signing-ceremony');
		expect(found?.previous?.slug).toBe('address-by-the-financial-secretary');
		expect(found?.next?.slug).toBe('biomap-innohub-and-biox-launch');
		const first = await getSessionWithNeighbours(event.id, 'registration-and-welcome-coffee');
		expect(first?.previous).toBeNull();
		expect(await getSessionWithNeighbours(event.id, 'no-such-session')).toBeNull();
	});

	it('lists speakers in display order and one speaker with their sessions', async () => {
		const event = await getCurrentEvent();
		const speakers = await listSpeakers(event.id);
		expect(speakers.slice(0, 3).map((s) => s.slug)).toEqual(['paul-chan-mo-po', 'clara-chan', 'wei-liu']);
		expect((await listSpeakers(event.id, { featuredOnly: true })).map((s) => s.slug)).toEqual([
			'paul-chan-mo-po',
			'clara-chan',
			'wei-liu'
		]);
		const paul = await getSpeaker(event.id, 'paul-chan-mo-po');
		expect(paul?.sessions.map((s) => `${s.session.slug}:${s.role}`)).toEqual([
			'address-by-the-financial-secretary:speaker',
			'hkic-biomap-signing-ceremony:witness'
		]);
		expect(paul?.quotes).toHaveLength(2);
		expect(await getSpeaker(event.id, 'nobody')).toBeNull();
	});
});
