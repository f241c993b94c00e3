import { describe, expect, it } from 'vitest';
import { db } from '../db';
import { attendee, createTestEvent, TEST_ORIGIN } from '../testing/fixtures';
import { getPersonalFeed } from '../calendar/personal';
import { register } from './register';
import { calendarFeedToken, hashRegistrationToken, issueCalendarFeedToken } from './tokens';

describe('a calendar feed token, handed out (in a mail, or by an old feed URL)', () => {
	it('is the link’s own, recorded for a link issued before feed tokens so the feed opens', async () => {
		const { event, sessionIds } = await createTestEvent({ capacity: 5, sessionCapacities: [5] });
		const result = await register(event.id, attendee(`feed-${event.id}`, { sessionIds: sessionIds.slice(0, 1) }));
		if (result.outcome !== 'registered') throw new Error(result.outcome);
		const tokenHash = hashRegistrationToken(result.token);
		await db.registrationToken.update({ where: { tokenHash }, data: { feedTokenHash: null } });
		expect(await getPersonalFeed(calendarFeedToken(result.token), TEST_ORIGIN)).toBeNull();

		const feedToken = await issueCalendarFeedToken(result.token);
		expect(feedToken).toBe(calendarFeedToken(result.token));
		const row = await db.registrationToken.findUnique({ where: { tokenHash } });
		expect(row?.feedTokenHash).toBe(hashRegistrationToken(feedToken));
		expect((await getPersonalFeed(feedToken, TEST_ORIGIN))?.kind).toBe('calendar');
		expect(await issueCalendarFeedToken(result.token)).toBe(feedToken);
	});
});

describe('the hashes behind links and feeds', () => {
	// Stored hashes and the feed URLs in people's calendars were made with these values: they never change.
	it('are the values issued since the first links', () => {
		const link = 'abcdefghijklmnopqrstuvwxyz234567';
		expect(hashRegistrationToken(link)).toBe('84cb29b2c78b393c0d30a90d5a9f670267d02d9ec3743fc1800acff8b03bac15');
		expect(calendarFeedToken(link)).toBe('pgn2ddst2mitmtc353nx46ysg5rwwdlp');
	});
});
