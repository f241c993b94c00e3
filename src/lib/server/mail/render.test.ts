import { describe, expect, it } from 'vitest';
import { db } from '../db';
import { register } from '../registration/register';
import { getPersonalFeed } from '../calendar/personal';
import { calendarFeedToken } from '../registration/tokens';
import { attendee, createTestEvent, TEST_ORIGIN } from '../testing/fixtures';
import { renderOutboxMail } from './render';

// Mail is rendered by the drainer, outside any request: its language is the one stored with the
// registration, never a guess from whatever request happens to be running.
describe('the language of a person’s mail and calendar', () => {
	it('is the one they registered in, stored with the registration', async () => {
		const { event, sessionIds } = await createTestEvent({ capacity: 10, sessionCapacities: [10] });
		const result = await register(event.id, attendee(`locale-${event.id}`, { sessionIds }), { locale: 'en' });
		if (result.outcome !== 'registered') throw new Error(result.outcome);
		expect((await db.registration.findUniqueOrThrow({ where: { id: result.registrationId } })).locale).toBe('en');
		const outbox = await db.outboxMail.findFirstOrThrow({
			where: { registrationId: result.registrationId, kind: 'registration-confirmation' }
		});
		const mail = await renderOutboxMail(outbox);
		expect(mail?.subject).toBe('Your registration: Test summit');
		expect(mail?.html).toContain('<html lang="en" dir="ltr">');
	});

	it('falls back to the base locale for a language the site no longer offers, in mail and calendar alike', async () => {
		const { event, sessionIds } = await createTestEvent({ capacity: 10, sessionCapacities: [10] });
		const result = await register(event.id, attendee(`gone-locale-${event.id}`, { sessionIds }));
		if (result.outcome !== 'registered') throw new Error(result.outcome);
		await db.registration.update({ where: { id: result.registrationId }, data: { locale: 'tlh' } });

		const outbox = await db.outboxMail.findFirstOrThrow({
			where: { registrationId: result.registrationId, kind: 'registration-confirmation' }
		});
		const mail = await renderOutboxMail(outbox);
		expect(mail?.subject).toBe('Your registration: Test summit');
		expect(mail?.html).toContain('<html lang="en" dir="ltr">');
		const feed = await getPersonalFeed(calendarFeedToken(result.token), TEST_ORIGIN);
		expect(feed?.kind === 'calendar' ? feed.file.body : '').toContain('X-WR-CALNAME:Test summit: my sessions');
	});
});
