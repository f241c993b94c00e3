import { describe, expect, it } from 'vitest';
import { db } from '../db';
import { attendee, createTestEvent, TEST_ORIGIN } from '../testing/fixtures';
import { getPersonalFeed } from '../calendar/personal';
import { register } from './register';
import { calendarFeedToken, generateRegistrationToken, hashRegistrationToken, openPrivateLink } from './tokens';

describe('a private link, opened', () => {
	it("gives its registration and its feed's token, recording the feed token of a link issued before them", async () => {
		const { event, sessionIds } = await createTestEvent({ capacity: 5, sessionCapacities: [5] });
		const result = await register(event.id, attendee(`link-${event.id}`, { sessionIds: sessionIds.slice(0, 1) }));
		if (result.outcome !== 'registered') throw new Error(result.outcome);
		const tokenHash = hashRegistrationToken(result.token);
		// As a link made before feed tokens existed: no feed token recorded.
		await db.registrationToken.update({ where: { tokenHash }, data: { feedTokenHash: null } });

		const link = await openPrivateLink(result.token);
		const registration = await db.registration.findUnique({ where: { reference: result.reference } });
		expect(link).toEqual({ registrationId: registration!.id, feedToken: calendarFeedToken(result.token) });
		const row = await db.registrationToken.findUnique({ where: { tokenHash } });
		expect(row?.feedTokenHash).toBe(hashRegistrationToken(link!.feedToken));
		expect((await getPersonalFeed(link!.feedToken, TEST_ORIGIN))?.kind).toBe('calendar');
		// Opened again: the same answer.
		expect(await openPrivateLink(result.token)).toEqual(link);
	});

	it('opens nothing for an unknown, a malformed or a feed token', async () => {
		expect(await openPrivateLink(generateRegistrationToken())).toBeNull();
		expect(await openPrivateLink('not-a-token')).toBeNull();
		expect(await openPrivateLink(calendarFeedToken(generateRegistrationToken()))).toBeNull();
	});
});
