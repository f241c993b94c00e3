import { describe, expect, it } from 'vitest';
import { db } from '../db';
import { parseWith } from '../forms';
import { attendee, createTestEvent } from '../testing/fixtures';
import { register } from '../registration/register';
import { checkSettings, eventSettingsSchema, isTimeZone, saveEventSettings } from './event-settings';

const actor = { id: null, email: 'event-settings-test@test.example', ip: '192.0.2.20' };

/** The form as an admin posts it for a test event: its sessions start on 6 January 2020 at 09:00 HKT. */
function form(overrides: Record<string, string> = {}) {
	const parsed = parseWith(eventSettingsSchema, {
		name: 'Test summit',
		tagline: '',
		description: '',
		timeZone: 'Asia/Hong_Kong',
		startsAt: '2020-01-06T09:00',
		endsAt: '2020-01-06T18:00',
		venueName: 'Test venue',
		venueAddress: 'Hong Kong',
		venueDistrict: '',
		venueMapUrl: '',
		contactEmail: '',
		registrationOpensAt: '2019-01-01T08:00',
		registrationClosesAt: '',
		capacity: '2',
		...overrides
	});
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
	return parsed.data;
}

const auditOf = (slug: string) =>
	db.auditEntry.findMany({ where: { entityType: 'event', entityId: slug }, orderBy: { id: 'asc' } });

describe('checking event settings', () => {
	it('knows IANA zones and nothing else', () => {
		expect(isTimeZone('Asia/Hong_Kong')).toBe(true);
		expect(isTimeZone('America/Argentina/Buenos_Aires')).toBe(true);
		expect(isTimeZone('UTC')).toBe(true);
		expect(isTimeZone('Asia/Atlantis')).toBe(false);
		expect(isTimeZone('HKT')).toBe(false);
		expect(isTimeZone('+08:00')).toBe(false);
	});

	it('refuses an end before the start, a window closing after the summit, a bad zone, map link or email', () => {
		const problems = (overrides: Record<string, string>) => {
			const checked = checkSettings(form(overrides));
			return checked.ok ? {} : checked.problems;
		};
		expect(problems({ endsAt: '2020-01-06T08:00' })).toEqual({ endsAt: { code: 'end-before-start' } });
		expect(problems({ registrationClosesAt: '2020-01-07T00:00' })).toEqual({
			registrationClosesAt: { code: 'after-event' }
		});
		expect(problems({ registrationClosesAt: '2018-12-31T00:00' })).toEqual({
			registrationClosesAt: { code: 'end-before-start' }
		});
		expect(problems({ timeZone: 'Mars/Olympus_Mons' })).toEqual({ timeZone: { code: 'invalid' } });
		expect(problems({ startsAt: '2020-02-30T09:00' })).toEqual({ startsAt: { code: 'invalid' } });
		expect(problems({ venueMapUrl: 'javascript:alert(1)' })).toEqual({ venueMapUrl: { code: 'invalid' } });
		expect(problems({ contactEmail: 'not an address' })).toEqual({ contactEmail: { code: 'email' } });
	});

	it('reads times in the zone typed', () => {
		const checked = checkSettings(
			form({
				timeZone: 'Europe/London',
				startsAt: '2020-07-06T09:00',
				endsAt: '2020-07-06T18:00',
				registrationOpensAt: ''
			})
		);
		expect(checked.ok && checked.settings.startsAt.toISOString()).toBe('2020-07-06T08:00:00.000Z');
	});
});

describe('saving event settings', () => {
	it('writes nothing when the capacity is below the seats taken', async () => {
		const { event } = await createTestEvent({ capacity: 3, sessionCapacities: [null] });
		for (const n of [1, 2]) await register(event.id, attendee(`below-${event.id}-${n}`));
		const result = await saveEventSettings(actor, event.id, form({ capacity: '1', venueName: 'Elsewhere' }));
		expect(result).toEqual({ ok: false, problems: { capacity: { code: 'below-taken', count: 2 } }, status: 400 });
		expect(await db.event.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({
			capacity: 3,
			venueName: 'Test venue'
		});
		expect(await auditOf(event.slug)).toEqual([]);
	});

	it('a new venue raises the SEQUENCE of every session, and the audit says what changed', async () => {
		const { event, sessionIds } = await createTestEvent({ capacity: 2, sessionCapacities: [null, null] });
		const result = await saveEventSettings(
			actor,
			event.id,
			form({
				venueName: 'Hong Kong Science Park',
				venueAddress: 'Building 20E\n20 Science Park East Avenue',
				venueDistrict: 'Sha Tin',
				venueMapUrl: 'https://maps.example.com/hkstp',
				contactEmail: 'hello@summit.example'
			})
		);
		expect(result).toMatchObject({ ok: true, sessionsRevised: 2, promoted: 0 });
		const sessions = await db.session.findMany({ where: { id: { in: sessionIds } }, orderBy: { id: 'asc' } });
		expect(sessions.map((session) => session.revision)).toEqual([1, 1]);
		// Their times did not move.
		expect(sessions[0]!.startsAt.toISOString()).toBe('2020-01-06T01:00:00.000Z');
		const [entry] = await auditOf(event.slug);
		expect(entry).toMatchObject({ action: 'event.update', actorEmail: actor.email });
		expect(JSON.parse(entry!.changes)).toMatchObject({
			venueName: ['Test venue', 'Hong Kong Science Park'],
			venueDistrict: ['', 'Sha Tin'],
			contactEmail: [null, 'hello@summit.example'],
			sessionsRevised: 2
		});
		expect(JSON.parse(entry!.changes)).not.toHaveProperty('name');

		// The same form again changes nothing, and no calendar moves.
		const again = await saveEventSettings(
			actor,
			event.id,
			form({
				venueName: 'Hong Kong Science Park',
				venueAddress: 'Building 20E\n20 Science Park East Avenue',
				venueDistrict: 'Sha Tin',
				venueMapUrl: 'https://maps.example.com/hkstp',
				contactEmail: 'hello@summit.example'
			})
		);
		expect(again).toEqual({ ok: true, changed: [], sessionsRevised: 0, promoted: 0 });
		expect(await auditOf(event.slug)).toHaveLength(1);
	});

	it('a summit moved a day later takes its programme along; a new window alone moves no calendar', async () => {
		const { event, sessionIds } = await createTestEvent({ capacity: 2, sessionCapacities: [null] });
		const windowOnly = await saveEventSettings(
			actor,
			event.id,
			form({ registrationOpensAt: '2019-06-01T09:00', registrationClosesAt: '2020-01-05T18:00' })
		);
		expect(windowOnly).toMatchObject({ ok: true, sessionsRevised: 0 });
		const moved = await saveEventSettings(
			actor,
			event.id,
			form({ startsAt: '2020-01-07T09:00', endsAt: '2020-01-07T18:00' })
		);
		expect(moved).toMatchObject({ ok: true, sessionsRevised: 1 });
		const session = await db.session.findUniqueOrThrow({ where: { id: sessionIds[0]! } });
		expect(session.startsAt.toISOString()).toBe('2020-01-07T01:00:00.000Z');
		expect(session.revision).toBe(1);
	});

	it('a higher capacity seats the waitlist in its order, each with the promotion mail', async () => {
		const { event } = await createTestEvent({ capacity: 1 });
		const people = [];
		for (const n of [1, 2, 3]) {
			const result = await register(event.id, attendee(`raise-${event.id}-${n}`));
			if (result.outcome !== 'registered') throw new Error(result.outcome);
			people.push(result);
		}
		expect(people.map((person) => person.status)).toEqual(['confirmed', 'waitlisted', 'waitlisted']);
		const result = await saveEventSettings(actor, event.id, form({ capacity: '2' }));
		expect(result).toMatchObject({ ok: true, promoted: 1 });
		const statuses = await db.registration.findMany({
			where: { eventId: event.id },
			orderBy: { id: 'asc' },
			select: { status: true }
		});
		expect(statuses.map((r) => r.status)).toEqual(['confirmed', 'confirmed', 'waitlisted']);
		expect(
			await db.outboxMail.count({ where: { kind: 'waitlist-promotion', registrationId: people[1]!.registrationId } })
		).toBe(1);
		expect(await db.event.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({
			capacity: 2,
			confirmedCount: 2
		});
	});
});
