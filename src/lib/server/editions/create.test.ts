import { afterAll, describe, expect, it } from 'vitest';
import { db } from '../db';
import { attendee, createTestEvent } from '../testing/fixtures';
import { register } from '../registration/register';
import { parseWith } from '../forms';
import { createNextEdition, nextEditionSchema } from './create';
import { listEditions } from './editions';

const actor = { id: null, email: 'editions-test@test.example', ip: '192.0.2.20' };
const made: number[] = [];

afterAll(async () => {
	// A speaker's session links refuse its deletion (Restrict), and the event's cascade may reach speakers
	// before sessions: the links go first.
	await db.sessionSpeaker.deleteMany({ where: { session: { eventId: { in: made } } } });
	await db.event.deleteMany({ where: { id: { in: made } } });
});

/** A past edition with one of everything: what is copied and what is not. */
async function sourceEdition() {
	const { event, sessionIds } = await createTestEvent({ capacity: 50, sessionCapacities: [10] });
	made.push(event.id);
	const organisation = await db.organisation.create({
		data: { slug: `org-${event.id}`, name: `Organisation ${event.id}`, shortName: `O${event.id}` }
	});
	await db.eventOrganisation.createMany({
		data: [
			{ eventId: event.id, organisationId: organisation.id, role: 'host', position: 0 },
			{ eventId: event.id, organisationId: organisation.id, role: 'strategic-partner', position: 2 }
		]
	});
	await db.track.create({
		data: {
			eventId: event.id,
			slug: 'ai',
			name: 'AI',
			color: '#123456',
			position: 1,
			translations: JSON.stringify({ 'zh-hk': { name: '人工智能' } })
		}
	});
	await db.event.update({
		where: { id: event.id },
		data: { translations: JSON.stringify({ 'zh-hk': { name: '舊名稱', venueName: '會場' } }) }
	});
	await db.room.create({ data: { eventId: event.id, slug: 'hall', name: 'Hall', capacity: 300 } });
	const speaker = await db.speaker.create({
		data: {
			eventId: event.id,
			slug: 'ada-lam',
			name: 'Ada Lam',
			organisationId: organisation.id,
			photoUrl: '/media/speakers/ada-lam-0123456789abcdef.webp',
			links: { create: [{ label: 'Lab', url: 'https://lab.example.org', position: 0 }] },
			photos: {
				create: [160, 320].map((width) => ({
					hash: '0123456789abcdef',
					width,
					height: width,
					contentType: 'image/webp',
					bytes: new Uint8Array([width % 256, 1, 2])
				}))
			}
		}
	});
	await db.quote.create({ data: { eventId: event.id, speakerId: speaker.id, key: 'q', text: 'Words.' } });
	await db.sessionSpeaker.create({ data: { sessionId: sessionIds[0]!, speakerId: speaker.id } });
	const registered = await register(event.id, attendee(`editions-${event.id}`, { sessionIds }));
	expect(registered.outcome).toBe('registered');
	return db.event.findUniqueOrThrow({ where: { id: event.id } });
}

function input(overrides: Record<string, unknown>) {
	const parsed = parseWith(nextEditionSchema, {
		name: 'Next summit',
		startsAt: '2031-06-24T09:00',
		endsAt: '2031-06-24T18:00',
		...overrides
	});
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
	return parsed.data;
}

describe('creating the next edition', () => {
	it('copies organisations with their parts, tracks, rooms and speakers with photos, as a draft; never sessions, registrations or quotes', async () => {
		const source = await sourceEdition();
		const slug = `next-${source.id}`;
		const result = await createNextEdition(
			actor,
			source,
			input({ slug, startsAt: '2031-06-24T09:00', copySpeakers: 'on' })
		);
		if (!result.ok) throw new Error(JSON.stringify(result.problems));
		made.push(result.edition.id);

		const next = await db.event.findUniqueOrThrow({
			where: { id: result.edition.id },
			include: {
				organisations: { orderBy: { position: 'asc' } },
				tracks: true,
				rooms: true,
				speakers: { include: { photos: { orderBy: { width: 'asc' } }, links: true } },
				sessions: true,
				registrations: true,
				quotes: true
			}
		});
		expect(next).toMatchObject({ slug, name: 'Next summit', status: 'draft', confirmedCount: 0 });
		// 09:00 in Hong Kong is 01:00 UTC.
		expect(next.startsAt.toISOString()).toBe('2031-06-24T01:00:00.000Z');
		expect(next.organisations.map(({ role, position }) => [role, position])).toEqual([
			['host', 0],
			['strategic-partner', 2]
		]);
		expect(next.tracks.map(({ slug, name, color }) => [slug, name, color])).toEqual([['ai', 'AI', '#123456']]);
		// Organizers' Chinese comes along, except the edition's name, typed anew in English only.
		expect(next.tracks[0]!.translations).toBe('{"zh-hk":{"name":"人工智能"}}');
		expect(next.translations).toBe('{"zh-hk":{"venueName":"會場"}}');
		expect(next.rooms.map(({ slug, capacity }) => [slug, capacity])).toEqual([['hall', 300]]);
		expect(next.speakers).toHaveLength(1);
		expect(next.speakers[0]).toMatchObject({
			slug: 'ada-lam',
			photoUrl: '/media/speakers/ada-lam-0123456789abcdef.webp'
		});
		expect(next.speakers[0]!.photos.map((photo) => [photo.width, [...photo.bytes]])).toEqual([
			[160, [160, 1, 2]],
			[320, [64, 1, 2]]
		]);
		expect(next.speakers[0]!.links.map((link) => link.url)).toEqual(['https://lab.example.org']);
		expect(next.sessions).toEqual([]);
		expect(next.registrations).toEqual([]);
		expect(next.quotes).toEqual([]);

		const audit = await db.auditEntry.findFirstOrThrow({ where: { action: 'edition.create', entityId: slug } });
		expect(JSON.parse(audit.changes)).toMatchObject({ copiedFrom: source.slug, speakers: 1, tracks: 1 });
		// The source keeps everything it had.
		expect(await db.session.count({ where: { eventId: source.id } })).toBe(1);
	});

	it('leaves the speakers behind unless asked', async () => {
		const source = await sourceEdition();
		const result = await createNextEdition(
			actor,
			source,
			input({ slug: `next-no-speakers-${source.id}`, startsAt: '2032-06-24T09:00', endsAt: '2032-06-24T18:00' })
		);
		if (!result.ok) throw new Error(JSON.stringify(result.problems));
		made.push(result.edition.id);
		expect(await db.speaker.count({ where: { eventId: result.edition.id } })).toBe(0);
		expect(await db.track.count({ where: { eventId: result.edition.id } })).toBe(1);
	});

	it('shows at once in the list of editions, which is kept for a second (seen in CI: a draft missing after its redirect)', async () => {
		const source = await sourceEdition();
		const before = await listEditions();
		const result = await createNextEdition(
			actor,
			source,
			input({ slug: `next-listed-${source.id}`, startsAt: '2033-06-24T09:00', endsAt: '2033-06-24T18:00' })
		);
		if (!result.ok) throw new Error(JSON.stringify(result.problems));
		made.push(result.edition.id);
		expect(before.some((edition) => edition.id === result.edition.id)).toBe(false);
		expect((await listEditions()).some((edition) => edition.id === result.edition.id)).toBe(true);
	});

	it('refuses a slug or a year another edition has, and writes nothing', async () => {
		const source = await sourceEdition();
		const before = { events: await db.event.count(), audit: await db.auditEntry.count() };

		const slugClash = await createNextEdition(
			actor,
			source,
			input({ slug: 'biocomputing-summit-2024', startsAt: '2034-06-24T09:00', endsAt: '2034-06-24T18:00' })
		);
		expect(slugClash).toEqual({ ok: false, problems: { slug: { code: 'taken' } } });

		const yearClash = await createNextEdition(
			actor,
			source,
			input({ slug: `free-${source.id}`, startsAt: '2024-09-01T09:00', endsAt: '2024-09-01T18:00' })
		);
		expect(yearClash).toEqual({ ok: false, problems: { startsAt: { code: 'year-taken' } } });

		const backwards = await createNextEdition(
			actor,
			source,
			input({ slug: `free-${source.id}`, startsAt: '2035-06-24T18:00', endsAt: '2035-06-24T09:00' })
		);
		expect(backwards).toEqual({ ok: false, problems: { endsAt: { code: 'end-before-start' } } });

		expect({ events: await db.event.count(), audit: await db.auditEntry.count() }).toEqual(before);
	});

	it('reads a slug as a web address part, and says which field is wrong', () => {
		const parsed = parseWith(nextEditionSchema, { name: '', slug: 'Not A Slug!', startsAt: '', endsAt: '' });
		expect(parsed).toEqual({
			ok: false,
			problems: {
				name: { code: 'required' },
				slug: { code: 'invalid' },
				startsAt: { code: 'required' },
				endsAt: { code: 'required' }
			}
		});
	});
});
