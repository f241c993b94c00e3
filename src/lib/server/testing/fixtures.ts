// Test data in the run's shared database, isolated by giving each test its own event.
import { db } from '../db';
import type { RegistrationInput } from '../registration/validation';

let counter = 0;

export async function createTestEvent(options: { capacity: number | null; sessionCapacities?: (number | null)[] }) {
	counter += 1;
	const slug = `test-event-${process.pid}-${Date.now()}-${counter}`;
	// Starting years before the summit, so a test event is never taken for the current edition; ending long
	// after today, so registering is open on the real clock (registration closes at an event's end).
	const start = new Date('2020-01-06T01:00:00Z');
	const event = await db.event.create({
		data: {
			slug,
			name: 'Test summit',
			tagline: '',
			description: '',
			startsAt: start,
			endsAt: new Date('2099-12-31T16:00:00Z'),
			venueName: 'Test venue',
			venueAddress: 'Hong Kong',
			registrationOpensAt: new Date('2019-01-01T00:00:00Z'),
			capacity: options.capacity,
			sessions: {
				create: (options.sessionCapacities ?? []).map((capacity, index) => ({
					slug: `session-${index}`,
					title: `Session ${index}`,
					kind: 'keynote',
					startsAt: new Date(start.getTime() + index * 3_600_000),
					endsAt: new Date(start.getTime() + (index + 1) * 3_600_000),
					capacity
				}))
			}
		},
		include: { sessions: { orderBy: { startsAt: 'asc' } } }
	});
	return { event, sessionIds: event.sessions.map((session) => session.id) };
}

export function attendee(n: number | string, overrides: Partial<RegistrationInput> = {}): RegistrationInput {
	return {
		fullName: `Attendee ${n}`,
		email: `attendee-${n}@example.com`,
		organisation: 'Example Org',
		jobTitle: 'Researcher',
		category: 'academia',
		country: 'HK',
		sessionIds: [],
		needs: '',
		consent: 'on',
		newsOptIn: false,
		...overrides
	};
}

/** The suite's ORIGIN (vite.config.ts): every absolute URL the code under test writes starts with it. */
export const TEST_ORIGIN = 'http://summit.test';
