import { afterAll, describe, expect, it } from 'vitest';
import { db } from '../db';
import { isPrismaError } from '../db/prisma-errors';
import { commitContentChange, contentChanged, readContentVersion } from './content-version';
import { registerRenders } from './renders';

let drops = 0;
registerRenders(() => (drops += 1));

const actor = 'content-version-test@test.example';
afterAll(async () => {
	await db.auditEntry.deleteMany({ where: { actorEmail: actor } });
});

const auditEntry = () =>
	db.auditEntry.create({ data: { actorEmail: actor, action: 'test.content-change', entityType: 'test' } });

describe('announcing a change to public content', () => {
	it('commits the raised version with the edit and drops this process’s renders once it has committed', async () => {
		const before = await readContentVersion(db);
		const dropsBefore = drops;
		const [entry] = await commitContentChange([auditEntry()]);
		expect(entry.action).toBe('test.content-change');
		expect(await readContentVersion(db)).toBe(before + 1);
		expect(drops).toBe(dropsBefore + 1);
		const row = await db.contentVersion.findUniqueOrThrow({ where: { id: 1 } });
		expect(Math.abs(row.updatedAt.getTime() - Date.now())).toBeLessThan(60_000);
	});

	it('raises nothing when the edit fails: the bump rolls back with it', async () => {
		const before = await readContentVersion(db);
		const dropsBefore = drops;
		// The bump goes first; the edit after it fails (the row exists), so the transaction rolls back.
		const failing = commitContentChange([db.contentVersion.create({ data: { id: 1, version: 0 } })]);
		await expect(failing).rejects.toSatisfy((error) => isPrismaError(error, 'P2002'));
		const inList = db.$transaction([contentChanged(db), db.contentVersion.create({ data: { id: 1, version: 0 } })]);
		await expect(inList).rejects.toSatisfy((error) => isPrismaError(error, 'P2002'));
		expect(await readContentVersion(db)).toBe(before);
		expect(drops).toBe(dropsBefore);
	});

	it('joins an interactive transaction too, and rolls back with it', async () => {
		const before = await readContentVersion(db);
		await db.$transaction(async (tx) => {
			await contentChanged(tx);
		});
		expect(await readContentVersion(db)).toBe(before + 1);
		const failing = db.$transaction(async (tx) => {
			await contentChanged(tx);
			throw new Error('the edit was refused');
		});
		await expect(failing).rejects.toThrow('the edit was refused');
		expect(await readContentVersion(db)).toBe(before + 1);
	});

	it('never fails when instances raise it at once', async () => {
		const before = await readContentVersion(db);
		await Promise.all(Array.from({ length: 10 }, () => db.$transaction([contentChanged(db)])));
		expect(await readContentVersion(db)).toBe(before + 10);
	});
});
