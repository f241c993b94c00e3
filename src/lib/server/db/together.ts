// Writes that must commit together: a change and its audit entry, say. One batch transaction
// (`$transaction([...])`): all or nothing, and no other work is awaited while it is open, which matters on
// SQLite, where every other query of the process waits for it (serial-writes.ts).
import type { Prisma } from '../../../generated/sqlite/client';
import { db } from './index';

/** Writes that ride along with a domain verb's own statement; unsent until the verb runs it. */
export type Companions = Prisma.PrismaPromise<unknown>[];

/** Runs `write`, and `companions` in the same transaction when there are any; answers what `write` returns. */
export async function commitTogether<T>(write: Prisma.PrismaPromise<T>, companions: Companions = []): Promise<T> {
	if (companions.length === 0) return await write;
	const [result] = await db.$transaction([write, ...companions]);
	return result as T;
}
