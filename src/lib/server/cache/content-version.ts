// The one signal that public content changed: the one-row ContentVersion, raised inside the transaction
// that makes the change, so the signal commits with the change or not at all. On PostgreSQL the same
// statement notifies every instance (a NOTIFY is delivered on commit; content-listener.ts hears it); on
// SQLite the instances read the row (content-listener.ts polls it).
import type { Prisma } from '../../../generated/sqlite/client';
import { settings } from '../config';
import { db, type Database } from '../db';
import { providerFromUrl } from '../db/provider';
import { contentVersionSeen } from './renders';

const ROW = 1;

/** The PostgreSQL channel the new version is announced on (LISTEN takes a bare identifier). */
export const CONTENT_CHANNEL = 'summit_content_changed';

type Raised = { version: number };

/** The app's client, or the client of an interactive transaction. */
type Writer = Pick<Database, 'contentVersion' | '$queryRaw'>;

/**
 * The statement that announces a change to public content, for the caller's transaction: put it in the
 * `$transaction([...])` list, or await it inside `$transaction(async (tx) => ...)`. It raises the shared
 * version (concurrent raises never fail: insert-or-increment) and, on PostgreSQL, notifies every
 * instance with the new version when the transaction commits. This process's renders are dropped once
 * the transaction has committed: commitContentChange() does both.
 */
export function contentChanged(tx: Writer): Prisma.PrismaPromise<Raised | Raised[]> {
	if (providerFromUrl(settings().databaseUrl) === 'postgres') {
		// One statement, so the version announced is the one this transaction wrote.
		return tx.$queryRaw<Raised[]>`
			WITH raised AS (
				INSERT INTO "ContentVersion" (id, version, "updatedAt") VALUES (${ROW}, 1, ${new Date()})
				ON CONFLICT (id) DO UPDATE SET version = "ContentVersion".version + 1, "updatedAt" = EXCLUDED."updatedAt"
				RETURNING version
			)
			SELECT raised.version FROM raised CROSS JOIN LATERAL pg_notify(${CONTENT_CHANNEL}, raised.version::text)`;
	}
	return tx.contentVersion.upsert({
		where: { id: ROW },
		create: { id: ROW, version: 1 },
		update: { version: { increment: 1 } },
		select: { version: true }
	});
}

type Results<P extends readonly unknown[]> = { -readonly [K in keyof P]: Awaited<P[K]> };

/**
 * Commits an edit of public content (its writes and audit entry) in one transaction with
 * contentChanged(), then drops this process's renders at once; the other instances drop theirs when
 * they hear of the new version. Returns the results of `changes`, as `$transaction` would.
 */
export async function commitContentChange<P extends Prisma.PrismaPromise<unknown>[]>(
	changes: [...P]
): Promise<Results<P>> {
	const results: unknown[] = await db.$transaction([...changes, contentChanged(db)]);
	// After the commit, not before: a page rendered in between would be kept with the old content.
	contentVersionSeen(raisedVersion(results.at(-1) as Raised | Raised[]));
	return results.slice(0, -1) as Results<P>;
}

function raisedVersion(raised: Raised | Raised[]): number {
	const row = Array.isArray(raised) ? raised[0] : raised;
	if (!row) throw new Error('The content version was not raised.');
	return Number(row.version);
}

export async function readContentVersion(reader: Pick<Database, 'contentVersion'>): Promise<number> {
	const row = await reader.contentVersion.findUnique({ where: { id: ROW }, select: { version: true } });
	return row?.version ?? 0;
}
