// What an organizer's edit of a session writes besides the new values: the revision (its iCalendar
// SEQUENCE) and the edit's time (editedAt). When a session's revision must rise. Calendar apps keep the copy with the
// highest SEQUENCE for a UID, so a change of time, room or status that did not raise it could be ignored
// by an attendee's calendar (RFC 5545 §3.8.7.4; RFC 5546 §2.1.4 lists start, end and status among the
// significant changes). Title or abstract edits do not need it: DTSTAMP and LAST-MODIFIED carry those.
import type { Session } from '../../../generated/sqlite/client';

/** The fields whose change moves a session in someone's calendar. */
export type SessionPlacement = Pick<Session, 'startsAt' | 'endsAt' | 'roomId' | 'status'>;

/** A session's new values, whole or partial, other fields (title, abstract…) included or not. */
export type SessionChanges = Partial<SessionPlacement> & { [field: string]: unknown };

const sameInstant = (a: Date, b: Date) => a.getTime() === b.getTime();

/**
 * Whether saving `changes` over `before` must bump the revision. Fields missing from `changes` are
 * unchanged, so a partial update (only a new room, say) can be passed as it is.
 */
export function revisionBump(before: SessionPlacement, changes: SessionChanges): boolean {
	return (
		(changes.startsAt !== undefined && !sameInstant(changes.startsAt, before.startsAt)) ||
		(changes.endsAt !== undefined && !sameInstant(changes.endsAt, before.endsAt)) ||
		(changes.roomId !== undefined && changes.roomId !== before.roomId) ||
		(changes.status !== undefined && changes.status !== before.status)
	);
}

/**
 * The `revision` value for a Prisma `session.update` data object: an atomic increment when the change
 * needs one (two organizers saving at once both count), otherwise undefined, which leaves it alone.
 *
 *   db.session.update({ where: { id }, data: { ...changes, revision: revisionUpdate(before, changes), editedAt: editedAtUpdate(Object.keys(changes)) } })
 */
export function revisionUpdate(before: SessionPlacement, changes: SessionChanges): { increment: 1 } | undefined {
	return revisionBump(before, changes) ? { increment: 1 } : undefined;
}

/** Fields organizers keep that no public page or calendar shows. */
const UNPUBLISHED_FIELDS: ReadonlySet<string> = new Set(['capacity']);

/**
 * The `editedAt` value for an organizer's save of a session, given the names of the fields that changed:
 * `now` when anything public changed, otherwise undefined, which leaves it alone. Saving an unchanged form,
 * or only a new capacity, then moves no calendar's DTSTAMP, no feed's ETag and no sitemap lastmod. Seats
 * never reach it: taking one writes confirmedCount only (see Session.editedAt).
 */
export function editedAtUpdate(changedFields: Iterable<string>, now = new Date()): Date | undefined {
	for (const field of changedFields) if (!UNPUBLISHED_FIELDS.has(field)) return now;
	return undefined;
}
