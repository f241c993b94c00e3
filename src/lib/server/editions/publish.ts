// Publishing an edition makes it the one the site presents at its unprefixed URLs. The edition it
// replaces stays online, read-only, under /<year>/, with the same calendar UIDs.
import { db } from '../db';
import { auditEntry, type Actor } from '../audit/audit';
import { commitContentChange } from '../cache/content-version';
import { now } from '../clock';

export async function publishEdition(actor: Actor, eventId: number) {
	const [edition, current] = await Promise.all([
		db.event.findUnique({ where: { id: eventId } }),
		db.currentEdition.findUnique({ where: { id: 1 }, include: { event: { select: { slug: true } } } })
	]);
	if (!edition) return { ok: false as const, error: 'not-found' as const };
	if (current?.eventId === eventId && edition.status === 'published') {
		return { ok: false as const, error: 'already-current' as const };
	}
	await commitContentChange([
		db.event.update({ where: { id: eventId }, data: { status: 'published', editedAt: now() } }),
		db.currentEdition.upsert({ where: { id: 1 }, create: { id: 1, eventId }, update: { eventId } }),
		auditEntry(actor, {
			action: 'edition.publish',
			entityType: 'edition',
			entityId: edition.slug,
			summary: edition.name,
			changes: {
				status: [edition.status, 'published'],
				current: [current?.event.slug ?? null, edition.slug]
			}
		})
	]);
	return { ok: true as const, edition };
}
