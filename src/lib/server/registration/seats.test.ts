import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { db } from '../db';
import { attendee, createTestEvent } from '../testing/fixtures';
import { cancelRegistration } from './cancel';
import { register } from './register';
import { promoteFromWaitlist } from './waitlist';

const SOURCE = join(import.meta.dirname, '..', '..', '..');

/** The app's own source files (not generated code, tests or test helpers), relative to src/. */
async function sourceFiles(): Promise<{ path: string; text: string }[]> {
	const entries = await readdir(SOURCE, { recursive: true, withFileTypes: true });
	const paths = entries
		.filter((entry) => entry.isFile() && /\.(ts|svelte)$/.test(entry.name) && !/\.(test|spec)\.ts$/.test(entry.name))
		.map((entry) => relative(SOURCE, join(entry.parentPath, entry.name)))
		.filter((path) => !path.startsWith('generated/') && !path.startsWith('lib/server/testing/'));
	return Promise.all(paths.map(async (path) => ({ path, text: await readFile(join(SOURCE, path), 'utf8') })));
}

describe('the seat rule', () => {
	it('has one home: only registration/seats.ts moves a seat count or reads the capacity guard', async () => {
		// Moving the count (increment, decrement, set) or comparing it with the capacity, in a Prisma write or filter.
		// Moving the count or comparing it in SQL (new-registration.ts takes its SQL from seats.ts).
		const seatRule =
			/confirmedCount\s*:\s*\{\s*(increment|decrement|set|lt|lte)\b|fields\.capacity|"confirmedCount"\s*(\+|-|<)/;
		const files = await sourceFiles();
		expect(files.length).toBeGreaterThan(50);
		const copies = files
			.filter(({ path, text }) => seatRule.test(text) && path !== 'lib/server/registration/seats.ts')
			.map(({ path }) => path);
		expect(copies).toEqual([]);
		expect(files.find(({ path }) => path === 'lib/server/registration/seats.ts')?.text).toMatch(seatRule);
	});

	it('leaves registration and mail independent: they meet only in the outbox row', async () => {
		const files = await sourceFiles();
		const importing = (folder: string, other: string) =>
			files
				.filter(({ path }) => path.startsWith(`lib/server/${folder}/`))
				.filter(({ text }) => new RegExp(`from '(\\.\\./${other}/|\\$lib/server/${other}/)`).test(text))
				.map(({ path }) => path);
		expect(importing('registration', 'mail')).toEqual([]);
		expect(importing('mail', 'registration')).toEqual([]);
	});
});

describe('seats and the writes that commit with them', () => {
	/** A write that fails inside the verb's transaction: a second audit entry with an id already taken. */
	async function failingCompanion() {
		const taken = await db.auditEntry.create({
			data: { actorEmail: 'seats-test@test.example', action: 'test.taken', entityType: 'test' }
		});
		return () => [
			db.auditEntry.create({
				data: { id: taken.id, actorEmail: 'seats-test@test.example', action: 'test.fails', entityType: 'test' }
			})
		];
	}

	it('a registration whose companion write fails is not made and takes no seat', async () => {
		const { event } = await createTestEvent({ capacity: 2 });
		await expect(
			register(event.id, attendee(`companion-${event.id}`), { commitWith: await failingCompanion() })
		).rejects.toMatchObject({ code: 'P2002' });
		expect(await db.registration.count({ where: { eventId: event.id } })).toBe(0);
		expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).confirmedCount).toBe(0);
	});

	it('a cancellation whose companion write fails keeps the registration and its seats', async () => {
		const { event, sessionIds } = await createTestEvent({ capacity: 1, sessionCapacities: [1] });
		const result = await register(event.id, attendee(`keeps-${event.id}`, { sessionIds }));
		if (result.outcome !== 'registered') throw new Error(result.outcome);
		await register(event.id, attendee(`waits-${event.id}`));

		await expect(
			cancelRegistration(result.registrationId, new Date(), { commitWith: await failingCompanion() })
		).rejects.toMatchObject({ code: 'P2002' });
		const kept = await db.registration.findUniqueOrThrow({
			where: { id: result.registrationId },
			include: { sessions: true }
		});
		expect(kept.status).toBe('confirmed');
		expect(kept.sessions.map((choice) => choice.status)).toEqual(['confirmed']);
		expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).confirmedCount).toBe(1);
		expect((await db.session.findUniqueOrThrow({ where: { id: sessionIds[0]! } })).confirmedCount).toBe(1);
		expect(await db.registration.count({ where: { eventId: event.id, status: 'waitlisted' } })).toBe(1);
	});

	it('a promotion whose companion write fails leaves the person waiting and the seat free', async () => {
		const { event } = await createTestEvent({ capacity: 1 });
		await register(event.id, attendee(`first-${event.id}`));
		await register(event.id, attendee(`second-${event.id}`));
		await db.event.update({ where: { id: event.id }, data: { capacity: 2 } });

		await expect(
			promoteFromWaitlist(event.id, new Date(), { commitWith: await failingCompanion() })
		).rejects.toMatchObject({ code: 'P2002' });
		expect(await db.registration.count({ where: { eventId: event.id, status: 'waitlisted' } })).toBe(1);
		expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).confirmedCount).toBe(1);
		expect(
			await db.outboxMail.count({ where: { kind: 'waitlist-promotion', registration: { eventId: event.id } } })
		).toBe(0);
	});
});
