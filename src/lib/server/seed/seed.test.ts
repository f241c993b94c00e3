import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, prepareDatabase, type Database } from '../db/client';
import { applyMigrations } from '../db/migrations';
import { isDatabaseEmpty, seedSummit } from './seed';
import { dateKey, formatTime } from '$lib/time';

let folder: string;
let url: string;
let db: Database;

async function snapshot(database: Database) {
	return {
		events: await database.event.findMany({ orderBy: { id: 'asc' } }),
		organisations: await database.organisation.findMany({ orderBy: { id: 'asc' } }),
		eventOrganisations: await database.eventOrganisation.findMany({
			orderBy: [{ eventId: 'asc' }, { organisationId: 'asc' }, { role: 'asc' }]
		}),
		tracks: await database.track.findMany({ orderBy: { id: 'asc' } }),
		rooms: await database.room.findMany({ orderBy: { id: 'asc' } }),
		sessions: await database.session.findMany({ orderBy: { id: 'asc' } }),
		speakers: await database.speaker.findMany({ orderBy: { id: 'asc' } }),
		sessionSpeakers: await database.sessionSpeaker.findMany({ orderBy: [{ sessionId: 'asc' }, { speakerId: 'asc' }] }),
		highlights: await database.highlight.findMany({ orderBy: { id: 'asc' } }),
		quotes: await database.quote.findMany({ orderBy: { id: 'asc' } })
	};
}

beforeAll(async () => {
	folder = await mkdtemp(join(tmpdir(), 'summit-seed-'));
	url = `file:${join(folder, 'seed.db')}`;
	await applyMigrations(url);
	db = createDatabase(url);
	await prepareDatabase(db, url);
});

afterAll(async () => {
	await db.$disconnect();
	await rm(folder, { recursive: true, force: true });
});

describe('the sample summit seed', () => {
	it('fills an empty database with the summit of 24 June 2024', async () => {
		expect(await isDatabaseEmpty(db)).toBe(true);
		await seedSummit(db);
		expect(await isDatabaseEmpty(db)).toBe(false);

		const event = await db.event.findFirstOrThrow();
		expect(event.name).toBe('International Bio-Computing Innovation Summit');
		expect(event.timeZone).toBe('Asia/Hong_Kong');
		expect(event.isSampleProgramme).toBe(true);
		expect(dateKey(event.startsAt, event.timeZone)).toBe('2024-06-24');

		const sessions = await db.session.findMany({ orderBy: { startsAt: 'asc' } });
		expect(sessions).toHaveLength(11);
		for (const session of sessions) {
			expect(dateKey(session.startsAt, 'Asia/Hong_Kong')).toBe('2024-06-24');
			expect(session.endsAt.getTime()).toBeGreaterThan(session.startsAt.getTime());
		}
		const signing = sessions.find((s) => s.slug === 'hkic-biomap-signing-ceremony');
		expect(signing && formatTime(signing.startsAt, 'Asia/Hong_Kong')).toBe('10:00');
		expect(signing?.startsAt.toISOString()).toBe('2024-06-24T02:00:00.000Z');
	});

	it('names only the people the press release names, with their roles at the signing', async () => {
		const named = await db.speaker.findMany({ where: { isPlaceholder: false }, orderBy: { displayOrder: 'asc' } });
		expect(named.map((s) => `${s.honorific} ${s.name}, ${s.roleTitle}`)).toEqual([
			'Mr Paul Chan Mo-po, Financial Secretary',
			'Ms Clara Chan, CEO',
			'Mr Wei Liu, Co-Founder and CEO'
		]);
		const roles = await db.sessionSpeaker.findMany({
			where: { session: { slug: 'hkic-biomap-signing-ceremony' } },
			orderBy: { position: 'asc' },
			select: { role: true, speaker: { select: { slug: true } } }
		});
		expect(roles.map((r) => `${r.speaker.slug}:${r.role}`)).toEqual([
			'clara-chan:signatory',
			'wei-liu:signatory',
			'paul-chan-mo-po:witness'
		]);
		const placeholders = await db.speaker.findMany({ where: { isPlaceholder: true }, include: { organisation: true } });
		expect(placeholders.map((s) => s.organisation?.shortName).sort()).toEqual([
			'LanzaTech',
			'Lilly China',
			'Rutgers University',
			'Sanofi',
			'Syngenta'
		]);
	});

	it('changes nothing when run again, even after an organizer edit', async () => {
		await db.session.update({
			where: { eventId_slug: { eventId: 1, slug: 'networking-lunch' } },
			data: { title: 'Lunch (edited)' }
		});
		const before = await snapshot(db);
		await seedSummit(db);
		await seedSummit(db);
		expect(await snapshot(db)).toEqual(before);
		expect(before.sessions.find((s) => s.slug === 'networking-lunch')?.title).toBe('Lunch (edited)');
	});
});
