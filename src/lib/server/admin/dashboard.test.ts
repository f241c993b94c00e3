import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../db/client';

// Counts need a database whose registrations this test alone writes: its own file, with the module's
// `db` pointed at it.
let folder: string;
let own: Database;
vi.mock('../db', async () => {
	const { createDatabase } = await import('../db/client');
	folder = await mkdtemp(join(tmpdir(), 'summit-dashboard-'));
	own = createDatabase(`file:${join(folder, 'dashboard.db')}`);
	return { db: own };
});

const { registrationFigures, registrationsByCategory, registrationsPerDay, sessionFill } = await import('./dashboard');
const { applyMigrations } = await import('../db/migrations');
const { prepareDatabase } = await import('../db/client');
const { seedSummit } = await import('../seed/seed');

let eventId: number;

beforeAll(async () => {
	const url = `file:${join(folder, 'dashboard.db')}`;
	await applyMigrations(url);
	await prepareDatabase(own, url);
	({ eventId } = await seedSummit(own));
	const registration = (n: number, status: string, category: string, createdAt: string, checkedIn = false) => ({
		eventId,
		reference: `DASH-${n}`,
		email: `${n}@dashboard.example`,
		emailNormalised: `${n}@dashboard.example`,
		fullName: `Person ${n}`,
		organisation: 'Org',
		jobTitle: 'Job',
		category,
		country: 'HK',
		consentedAt: new Date(createdAt),
		status,
		createdAt: new Date(createdAt),
		checkedInAt: checkedIn ? new Date('2024-06-24T01:30:00Z') : null
	});
	await own.registration.createMany({
		data: [
			// 20 June 23:30 HKT is still 20 June in Hong Kong although 15:30 UTC; 21 June has none.
			registration(1, 'confirmed', 'industry', '2024-06-20T15:30:00Z', true),
			registration(2, 'confirmed', 'academia', '2024-06-20T02:00:00Z'),
			registration(3, 'waitlisted', 'industry', '2024-06-22T03:00:00Z'),
			registration(4, 'cancelled', 'media', '2024-06-22T16:30:00Z')
		]
	});
	const chat = await own.session.findFirstOrThrow({ where: { slug: 'fireside-chat-drug-development' } });
	const registered = await own.registration.findFirstOrThrow({ where: { reference: 'DASH-3' } });
	await own.registrationSession.create({
		data: { registrationId: registered.id, sessionId: chat.id, status: 'waitlisted' }
	});
	await own.session.update({ where: { id: chat.id }, data: { confirmedCount: 12 } });
});

afterAll(async () => {
	await own.$disconnect();
	await rm(folder, { recursive: true, force: true });
});

describe('the dashboard figures', () => {
	it('counts registrations by status and confirmed check-ins', async () => {
		expect(await registrationFigures(eventId)).toMatchObject({
			confirmed: 2,
			waitlisted: 1,
			cancelled: 1,
			checkedIn: 1
		});
	});

	it('counts registrations per Hong Kong day, with empty days shown', async () => {
		expect((await registrationsPerDay(eventId, 'Asia/Hong_Kong')).map((bar) => [bar.key, bar.value])).toEqual([
			['2024-06-20', 2],
			['2024-06-21', 0],
			['2024-06-22', 1],
			['2024-06-23', 1]
		]);
	});

	it('counts active registrations by category, largest first', async () => {
		expect((await registrationsByCategory(eventId)).map((bar) => [bar.key, bar.value])).toEqual([
			['industry', 2],
			['academia', 1]
		]);
	});

	it('shows seats taken and waitlists for the sessions people choose', async () => {
		const fill = await sessionFill(eventId);
		expect(fill.find((s) => s.title.startsWith('Fireside chat: Bio-computing and new drug'))).toMatchObject({
			capacity: 80,
			confirmedCount: 12,
			waitlisted: 1
		});
		expect(fill.some((s) => s.title === 'Coffee break')).toBe(false);
	});
});
