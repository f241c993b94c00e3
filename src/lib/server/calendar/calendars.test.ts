import { afterEach, describe, expect, it } from 'vitest';
import { formatTime } from '$lib/time';
import { db } from '../db';
import { editedAtUpdate, revisionUpdate } from '../agenda/revision';
import { parseCalendar } from '../testing/ical';
import { getSessionCalendar, getSessionServiceUrl, getSummitCalendar, getTrackCalendar } from './calendars';
import { listSessions } from '../agenda/sessions';
import { attendee, createTestEvent } from '../testing/fixtures';
import { register } from '../registration/register';
import { cancelRegistration } from '../registration/cancel';
import { updateSessionChoices } from '../registration/self-service';
import { buildSessionCalendar, buildSummitCalendar } from './feeds';
import { calendarEtag } from './http';

// Reads the run's seeded database (src/lib/server/testing/global-setup.ts). Tests that play the
// organizer put every session they touch back as it was.
const origin = 'http://127.0.0.1:4173';
const hk = (instant: Date) => formatTime(instant, 'Asia/Hong_Kong');
const uidOf = (id: number) => `session-${id}@biocomputing-summit-2024`;

const touched: { id: number; restore: () => Promise<unknown> }[] = [];
async function organizerEdits(slug: string) {
	const before = await db.session.findFirstOrThrow({ where: { slug } });
	touched.push({
		id: before.id,
		restore: () =>
			db.session.update({
				where: { id: before.id },
				data: {
					title: before.title,
					abstract: before.abstract,
					startsAt: before.startsAt,
					endsAt: before.endsAt,
					roomId: before.roomId,
					status: before.status,
					revision: before.revision,
					editedAt: before.editedAt
				}
			})
	});
	return before;
}
afterEach(async () => {
	for (const { restore } of touched.splice(0)) await restore();
});

describe('the summit feed', () => {
	it('holds every session at its Hong Kong time, each UID once', async () => {
		const calendar = parseCalendar((await getSummitCalendar(origin, 'en')).body);
		expect(calendar.events).toHaveLength(11);
		expect(new Set(calendar.events.map((e) => e.uid)).size).toBe(11);
		const signing = calendar.events.find(
			(e) => e.summary === 'HKIC x BioMap Strategic Partnership Agreement Signing Ceremony'
		);
		expect(signing && `${hk(signing.start)}–${hk(signing.end)}`).toBe('10:00–10:30');
		expect(signing?.start.toISOString()).toBe('2024-06-24T02:00:00.000Z');
		expect(signing?.location).toBe('Main Hall, Venue to be announced, Hong Kong');
		expect(signing?.categories).toEqual(['Partnership and ecosystem', 'Ceremony']);
		expect(signing?.url).toBe('http://127.0.0.1:4173/agenda/hkic-biomap-signing-ceremony');
		expect(signing?.description).toContain(
			'- Ms Clara Chan (Signatory), CEO, The Hong Kong Investment Corporation Limited'
		);
		expect(signing?.description).toContain(
			'- Mr Paul Chan Mo-po (Witness), Financial Secretary, Government of the Hong Kong Special Administrative Region'
		);
		const starts = calendar.events.map((e) => hk(e.start));
		expect(starts[0]).toBe('09:00');
	});

	it('gives a session the UID it has in its own file and in its track’s feed', async () => {
		const signing = await db.session.findFirstOrThrow({ where: { slug: 'hkic-biomap-signing-ceremony' } });
		const own = parseCalendar((await getSessionCalendar('hkic-biomap-signing-ceremony', origin, 'en'))!.body);
		const track = parseCalendar((await getTrackCalendar('partnership', origin, 'en'))!.body);
		const summit = parseCalendar((await getSummitCalendar(origin, 'en')).body);
		expect(own.events.map((e) => e.uid)).toEqual([uidOf(signing.id)]);
		expect(track.events.map((e) => e.uid)).toContain(uidOf(signing.id));
		expect(summit.events.filter((e) => e.uid === uidOf(signing.id))).toHaveLength(1);
		expect(track.wrName).toBe('International Bio-Computing Innovation Summit: Partnership and ecosystem');
		expect(track.events.every((e) => e.categories.includes('Partnership and ecosystem'))).toBe(true);
	});

	it('answers null for an unknown session or track', async () => {
		expect(await getSessionCalendar('no-such-session', origin, 'en')).toBeNull();
		expect(await getTrackCalendar('astrology', origin, 'en')).toBeNull();
		expect(await getSessionServiceUrl('no-such-session', 'google', origin, 'en')).toBeNull();
	});

	it('sends "Google Calendar", "Outlook.com" and "Microsoft 365" to their pages with the session filled in', async () => {
		const google = new URL((await getSessionServiceUrl('hkic-biomap-signing-ceremony', 'google', origin, 'en'))!);
		expect(google.hostname).toBe('calendar.google.com');
		expect(google.searchParams.get('dates')).toBe('20240624T020000Z/20240624T023000Z');
		const outlook = new URL((await getSessionServiceUrl('hkic-biomap-signing-ceremony', 'outlook', origin, 'en'))!);
		expect(outlook.hostname).toBe('outlook.live.com');
		expect(outlook.searchParams.get('subject')).toBe('HKIC x BioMap Strategic Partnership Agreement Signing Ceremony');
		const microsoft365 = new URL(
			(await getSessionServiceUrl('hkic-biomap-signing-ceremony', 'microsoft365', origin, 'en'))!
		);
		expect(microsoft365.hostname).toBe('outlook.office.com');
		expect(microsoft365.searchParams.get('subject')).toBe(
			'HKIC x BioMap Strategic Partnership Agreement Signing Ceremony'
		);
		expect(microsoft365.searchParams.get('startdt')).toBe('2024-06-24T02:00:00Z');
	});
});

/** LAST-MODIFIED counts whole seconds: let the clock leave the current one, so a change made now shows. */
const nextSecond = () => new Promise((resolve) => setTimeout(resolve, 1005 - (Date.now() % 1000)));

describe('organizer changes reach subscribed calendars', () => {
	it('a session moved to another time keeps its UID and raises its SEQUENCE', async () => {
		const before = await organizerEdits('keynote-new-drug-development');
		const feedBefore = await getSummitCalendar(origin, 'en');
		const eventBefore = parseCalendar(feedBefore.body).events.find((e) => e.uid === uidOf(before.id))!;

		const changes = { startsAt: new Date('2024-06-24T16:00:00+08:00'), endsAt: new Date('2024-06-24T16:30:00+08:00') };
		await nextSecond();
		await db.session.update({
			where: { id: before.id },
			data: { ...changes, revision: revisionUpdate(before, changes), editedAt: editedAtUpdate(Object.keys(changes)) }
		});

		const feedAfter = await getSummitCalendar(origin, 'en');
		const eventAfter = parseCalendar(feedAfter.body).events.find((e) => e.uid === uidOf(before.id))!;
		expect(eventAfter.sequence).toBe(eventBefore.sequence + 1);
		expect(`${hk(eventAfter.start)}–${hk(eventAfter.end)}`).toBe('16:00–16:30');
		expect(eventAfter.description).toContain('16:00–16:30 Hong Kong time (HKT)');
		expect(eventAfter.lastModified!.getTime()).toBeGreaterThan(eventBefore.lastModified!.getTime());
		expect(feedAfter.lastModified.getTime()).toBeGreaterThan(feedBefore.lastModified.getTime());
		// The session's own file agrees with the feed.
		const own = parseCalendar((await getSessionCalendar('keynote-new-drug-development', origin, 'en'))!.body).events[0];
		expect([own?.uid, own?.sequence]).toEqual([eventAfter.uid, eventAfter.sequence]);
	});

	it('a cancelled session stays in the feeds, cancelled, with a higher SEQUENCE', async () => {
		const before = await organizerEdits('fireside-chat-green-technology');
		const changes = { status: 'cancelled' };
		await db.session.update({
			where: { id: before.id },
			data: { ...changes, revision: revisionUpdate(before, changes), editedAt: editedAtUpdate(Object.keys(changes)) }
		});

		const summit = parseCalendar((await getSummitCalendar(origin, 'en')).body);
		expect(summit.events).toHaveLength(11);
		const chat = summit.events.find((e) => e.uid === uidOf(before.id));
		expect(chat?.status).toBe('CANCELLED');
		expect(chat?.sequence).toBe(before.revision + 1);
		expect(chat?.summary).toBe('Cancelled: Fireside chat: Bio-computing for green technology');
		const track = parseCalendar((await getTrackCalendar('green-technology', origin, 'en'))!.body);
		expect(track.events.find((e) => e.uid === uidOf(before.id))?.status).toBe('CANCELLED');
	});

	it('an edited title keeps the SEQUENCE, and organizer text survives the round trip', async () => {
		const before = await organizerEdits('hkic-biomap-signing-ceremony');
		const title = 'Signing; HKIC, BioMap \\ 簽署儀式';
		const abstract =
			'Line one, with a comma; and a semicolon.\nLine two: 香港投資管理有限公司與百圖生科簽署戰略合作協議。';
		const changes = { title, abstract };
		await db.session.update({
			where: { id: before.id },
			data: { ...changes, revision: revisionUpdate(before, changes), editedAt: editedAtUpdate(Object.keys(changes)) }
		});

		const event = parseCalendar((await getSessionCalendar('hkic-biomap-signing-ceremony', origin, 'en'))!.body)
			.events[0];
		expect(event?.summary).toBe(title);
		expect(event?.description).toContain(`\n\n${abstract}\n\n`);
		expect(event?.sequence).toBe(before.revision);
	});
});

describe('seats taken and given back', () => {
	it('leave the public files byte for byte as they were, and their ETags with them', async () => {
		const { event, sessionIds } = await createTestEvent({ capacity: 10, sessionCapacities: [5, null] });
		const files = async () => {
			const summit = await db.event.findUniqueOrThrow({ where: { id: event.id } });
			const sessions = await listSessions(event.id);
			return [
				buildSummitCalendar(summit, sessions, { origin, locale: 'en' }).body,
				buildSessionCalendar(summit, sessions[0]!, { origin, locale: 'en' }).body
			];
		};
		const before = await files();

		await nextSecond();
		const registered = await register(event.id, attendee(`seats-${event.id}`, { sessionIds }));
		expect(registered.outcome === 'registered' && registered.status).toBe('confirmed');
		const registration = await db.registration.findFirstOrThrow({ where: { eventId: event.id } });
		expect(
			await db.registrationSession.count({ where: { registrationId: registration.id, status: 'confirmed' } })
		).toBe(2);
		expect(await files()).toEqual(before);

		await nextSecond();
		await updateSessionChoices(registration.id, [sessionIds[1]!]);
		await cancelRegistration(registration.id);
		expect((await db.session.findUniqueOrThrow({ where: { id: sessionIds[0]! } })).confirmedCount).toBe(0);
		const after = await files();
		expect(after).toEqual(before);
		expect(after.map(calendarEtag)).toEqual(before.map(calendarEtag));
	});
});
