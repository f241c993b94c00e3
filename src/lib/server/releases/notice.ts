// A release's notice as the outbox keeps it: its kind, its payload, its one-per-person key, and the
// release it reads back when the drainer renders it (mail/render.ts).
import { z } from 'zod';
import { db } from '../db';
import { parseChanges } from './diff';

/** The mail kind of a release's notice (mail/render.ts). */
export const SCHEDULE_CHANGE_MAIL = 'schedule-change';

/** What a notice's outbox row carries: the sessions of this person the release changed. */
export const noticePayload = z.object({ sessionIds: z.array(z.number()) });

/** One notice per person per release, whichever instance or retry writes it. */
export function noticeKey(eventId: number, sequence: number, registrationId: number): string {
	return `release:${eventId}:${sequence}:${registrationId}`;
}

/** One release, for its notices (mail/render.ts). */
export async function getRelease(id: number) {
	const release = await db.scheduleRelease.findUnique({
		where: { id },
		select: { id: true, eventId: true, sequence: true, version: true, note: true, releasedAt: true, changes: true }
	});
	return release && { ...release, changes: parseChanges(release.changes) };
}
