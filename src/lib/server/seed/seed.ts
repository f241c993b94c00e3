// Writes the sample summit into an empty database. Create-only: a row that exists (by its natural
// key) is left exactly as it is, so running the seed again changes nothing, organizers' edits included.
import * as summit from '../../../../prisma/seed/summit-2024';
import type { Prisma } from '../../../generated/sqlite/client';
import type { Database } from '../db/client';
import { providerFromUrl } from '../db/provider';
import { takeSnapshot } from '../releases/snapshot';
import { diffProgrammes } from '../releases/diff';

/** The app's client, or the client of an interactive transaction. */
type SeedClient = Prisma.TransactionClient;

// Not the migrator's lock (72707369): a seed may wait for migrations, never the other way round.
const SEED_LOCK = 72707370;

export async function isDatabaseEmpty(db: SeedClient): Promise<boolean> {
	return (await db.event.count()) === 0;
}

/**
 * Seeds the sample summit when the database is empty; true when this call seeded. Several instances
 * starting at once on one empty PostgreSQL database take turns on an advisory lock, and the seed runs
 * in the lock's transaction: the first seeds, the others find the programme complete and do nothing.
 */
export async function seedWhenEmpty(db: Database, databaseUrl: string): Promise<boolean> {
	if (providerFromUrl(databaseUrl) === 'sqlite') {
		// One writer at a time already; the seed is create-only, so a second run changes nothing.
		if (!(await isDatabaseEmpty(db))) return false;
		await seedSummit(db);
		return true;
	}
	return db.$transaction(
		async (tx) => {
			await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${SEED_LOCK})`);
			if (!(await isDatabaseEmpty(tx))) return false;
			await seedSummit(tx);
			return true;
		},
		{ maxWait: 30_000, timeout: 120_000 }
	);
}

export async function seedSummit(db: SeedClient): Promise<{ eventId: number }> {
	const event = await db.event.upsert({ where: { slug: summit.event.slug }, create: summit.event, update: {} });
	const eventId = event.id;
	// The seeded edition is the one presented, unless an organizer already chose another.
	await db.currentEdition.upsert({ where: { id: 1 }, create: { id: 1, eventId }, update: {} });

	const organisationIds = new Map<string, number>();
	for (const organisation of summit.organisations) {
		const row = await db.organisation.upsert({ where: { slug: organisation.slug }, create: organisation, update: {} });
		organisationIds.set(organisation.slug, row.id);
	}
	const orgId = (slug: string) => required(organisationIds, slug, 'organisation');

	for (const [position, link] of summit.eventOrganisations.entries()) {
		const key = { eventId, organisationId: orgId(link.organisation), role: link.role };
		await db.eventOrganisation.upsert({
			where: { eventId_organisationId_role: key },
			create: { ...key, position },
			update: {}
		});
	}

	const trackIds = new Map<string, number>();
	for (const [position, track] of summit.tracks.entries()) {
		const row = await db.track.upsert({
			where: { eventId_slug: { eventId, slug: track.slug } },
			create: { ...track, eventId, position },
			update: {}
		});
		trackIds.set(track.slug, row.id);
	}

	const roomIds = new Map<string, number>();
	for (const [position, room] of summit.rooms.entries()) {
		const row = await db.room.upsert({
			where: { eventId_slug: { eventId, slug: room.slug } },
			create: { ...room, eventId, position },
			update: {}
		});
		roomIds.set(room.slug, row.id);
	}

	const speakerIds = new Map<string, number>();
	for (const [displayOrder, { organisation, ...speaker }] of summit.speakers.entries()) {
		const row = await db.speaker.upsert({
			where: { eventId_slug: { eventId, slug: speaker.slug } },
			create: { ...speaker, eventId, displayOrder, organisationId: orgId(organisation) },
			update: {}
		});
		speakerIds.set(speaker.slug, row.id);
	}

	for (const { track, room, speakers, ...session } of summit.sessions) {
		const row = await db.session.upsert({
			where: { eventId_slug: { eventId, slug: session.slug } },
			create: {
				...session,
				eventId,
				trackId: track ? required(trackIds, track, 'track') : null,
				roomId: required(roomIds, room, 'room')
			},
			update: {}
		});
		for (const [position, { speaker, role }] of (speakers ?? []).entries()) {
			const key = { sessionId: row.id, speakerId: required(speakerIds, speaker, 'speaker') };
			await db.sessionSpeaker.upsert({
				where: { sessionId_speakerId: key },
				create: { ...key, role, position },
				update: {}
			});
		}
	}

	// The programme as seeded is release 1.0 (no note: the site invents no words), so organizers' first
	// release, 1.1, lists what they changed since.
	const programme = await takeSnapshot(db, eventId);
	await db.scheduleRelease.upsert({
		where: { eventId_sequence: { eventId, sequence: 1 } },
		create: {
			eventId,
			sequence: 1,
			version: '1.0',
			note: '',
			snapshot: JSON.stringify(programme),
			changes: JSON.stringify(diffProgrammes(null, programme))
		},
		update: {}
	});

	for (const [position, highlight] of summit.highlights.entries()) {
		await db.highlight.upsert({
			where: { eventId_key: { eventId, key: highlight.key } },
			create: { ...highlight, eventId, position },
			update: {}
		});
	}

	for (const [position, { speaker, ...quote }] of summit.quotes.entries()) {
		await db.quote.upsert({
			where: { eventId_key: { eventId, key: quote.key } },
			create: { ...quote, eventId, position, speakerId: required(speakerIds, speaker, 'speaker') },
			update: {}
		});
	}

	return { eventId };
}

function required(ids: Map<string, number>, slug: string, what: string): number {
	const id = ids.get(slug);
	if (id === undefined) throw new Error(`Seed data names unknown ${what} "${slug}"`);
	return id;
}
