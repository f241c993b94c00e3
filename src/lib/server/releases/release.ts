// Releasing the programme, as pretalx releases its schedules. Organizers' edits are public at once; a
// release names the programme as it is now with a version and a short public note, records what changed
// since the release before, and queues one notice per affected attendee in the same transaction, so a
// release is never recorded without its notices (or the other way round), and notices go out per release,
// never per edit.
import { z } from 'zod';
import { db } from '../db';
import { isPrismaError } from '../db/prisma-errors';
import { auditEntry, type Actor } from '../audit/audit';
import { commitContentChange } from '../cache/content-version';
import { nudgeMailDrainer } from '../mail/outbox';
import type { FieldProblems } from '../forms';
import { id, text } from '../forms/fields';
import { takeSnapshot, parseSnapshot, type ProgrammeSnapshot } from './snapshot';
import { countChanges, diffProgrammes, NOTIFYING_KINDS, parseChanges, type ScheduleChange } from './diff';
import { noticeKey, SCHEDULE_CHANGE_MAIL } from './notice';

export const VERSION_MAX = 20;
export const NOTE_MAX = 500;

/**
 * The release form. A version is free text ("1.1", "June final"), unique per edition; `sequence` (hidden)
 * is the release the page was about to make, so a release made meanwhile is noticed.
 */
export const releaseSchema = z.object({
	version: text({ max: VERSION_MAX, required: true }),
	note: text({ max: NOTE_MAX, multiline: true }),
	sequence: id()
});

export type ReleaseForm = Pick<z.output<typeof releaseSchema>, 'version' | 'note'>;

/** The version to suggest after `last`: the next minor ("1.0" → "1.1", "2" → "3"); "1.0" first. */
export function nextVersion(last: string | null): string {
	if (last === null) return '1.0';
	const minor = /^(.*?)(\d+)$/.exec(last);
	if (!minor) return '';
	const [, head = '', number = '0'] = minor;
	if (!/^(\d+\.)*$/.test(head)) return '';
	return `${head}${Number(number) + 1}`;
}

/** The edition's latest release (its snapshot is what the next one compares with), or null before the first. */
export async function lastRelease(eventId: number) {
	return db.scheduleRelease.findFirst({
		where: { eventId },
		orderBy: { sequence: 'desc' },
		select: { sequence: true, version: true, snapshot: true, releasedAt: true }
	});
}

export type PendingChanges = {
	/** The release the changes are counted from; null before the edition's first. */
	previous: { sequence: number; version: string; releasedAt: Date } | null;
	changes: ScheduleChange[];
	snapshot: ProgrammeSnapshot;
	suggestedVersion: string;
	/** The sequence the next release gets. */
	nextSequence: number;
};

/** What releasing now would record: the programme now, compared with the last release's. */
export async function pendingChanges(eventId: number): Promise<PendingChanges> {
	const [previous, snapshot] = await Promise.all([lastRelease(eventId), takeSnapshot(db, eventId)]);
	return {
		previous: previous && { sequence: previous.sequence, version: previous.version, releasedAt: previous.releasedAt },
		changes: diffProgrammes(previous ? parseSnapshot(previous.snapshot) : null, snapshot),
		snapshot,
		suggestedVersion: nextVersion(previous?.version ?? null),
		nextSequence: (previous?.sequence ?? 0) + 1
	};
}

/** Everyone to tell, with their sessions the changes touch: confirmed or waitlisted, holding a seat or a place. */
async function peopleToTell(eventId: number, changes: ScheduleChange[]) {
	const sessionIds = [...new Set(changes.filter((c) => NOTIFYING_KINDS.has(c.kind)).map((c) => c.session.id))];
	if (sessionIds.length === 0) return [];
	const choices = await db.registrationSession.findMany({
		where: {
			sessionId: { in: sessionIds },
			status: { not: 'cancelled' },
			registration: { eventId, status: { in: ['confirmed', 'waitlisted'] } }
		},
		orderBy: [{ registrationId: 'asc' }, { sessionId: 'asc' }],
		select: { registrationId: true, sessionId: true, registration: { select: { email: true } } }
	});
	const people = new Map<number, { email: string; sessionIds: number[] }>();
	for (const { registrationId, sessionId, registration } of choices) {
		const person = people.get(registrationId) ?? { email: registration.email, sessionIds: [] };
		person.sessionIds.push(sessionId);
		people.set(registrationId, person);
	}
	return [...people].map(([registrationId, person]) => ({ registrationId, ...person }));
}

/**
 * Refused: `form` `nothing-to-release` (no change since the last release), `form` `released-meanwhile`
 * (another organizer released first: the changes shown are out of date), `version` `taken`.
 */
export type ReleaseResult =
	| { ok: true; release: { id: number; sequence: number; version: string }; changes: number; notices: number }
	| { ok: false; problems: FieldProblems; status: number };

/**
 * Releases the edition's programme as it is now. `expectedSequence` is the sequence the organizer's page
 * was about to create, so a release made meanwhile by someone else is refused rather than silently
 * including changes they never saw.
 */
export async function releaseSchedule(
	actor: Actor,
	event: { id: number },
	input: ReleaseForm,
	options: { now?: Date; expectedSequence?: number } = {}
): Promise<ReleaseResult> {
	const previous = await lastRelease(event.id);
	const sequence = (previous?.sequence ?? 0) + 1;
	if (options.expectedSequence !== undefined && options.expectedSequence !== sequence)
		return { ok: false, problems: { form: { code: 'released-meanwhile' } }, status: 409 };
	const snapshot = await takeSnapshot(db, event.id);
	const changes = diffProgrammes(previous ? parseSnapshot(previous.snapshot) : null, snapshot);
	if (changes.length === 0) return { ok: false, problems: { form: { code: 'nothing-to-release' } }, status: 400 };
	if (await db.scheduleRelease.count({ where: { eventId: event.id, version: input.version } }))
		return { ok: false, problems: { version: { code: 'taken' } }, status: 400 };
	// Someone who chooses an affected session between this read and the commit saw the new programme
	// when choosing it; they need no notice.
	const people = await peopleToTell(event.id, changes);
	try {
		const [release] = await commitContentChange([
			db.scheduleRelease.create({
				data: {
					eventId: event.id,
					sequence,
					version: input.version,
					note: input.note,
					snapshot: JSON.stringify(snapshot),
					changes: JSON.stringify(changes),
					releasedAt: options.now ?? new Date(),
					mails: {
						create: people.map((person) => ({
							kind: SCHEDULE_CHANGE_MAIL,
							toAddress: person.email,
							registrationId: person.registrationId,
							payload: JSON.stringify({ sessionIds: person.sessionIds }),
							dedupeKey: noticeKey(event.id, sequence, person.registrationId)
						}))
					}
				},
				select: { id: true, sequence: true, version: true }
			}),
			auditEntry(actor, {
				action: 'schedule.release',
				entityType: 'schedule',
				entityId: input.version,
				summary: input.version,
				changes: {
					sequence,
					version: input.version,
					note: input.note,
					...countChanges(changes),
					notices: people.length
				}
			})
		]);
		nudgeMailDrainer();
		return { ok: true, release, changes: changes.length, notices: people.length };
	} catch (error) {
		if (!isPrismaError(error, 'P2002')) throw error;
		// The unique (event, sequence) or (event, version): someone released meanwhile.
		const sameVersion = await db.scheduleRelease.count({
			where: { eventId: event.id, version: input.version, sequence: { not: sequence } }
		});
		if (sameVersion > 0) return { ok: false, problems: { version: { code: 'taken' } }, status: 409 };
		return { ok: false, problems: { form: { code: 'released-meanwhile' } }, status: 409 };
	}
}

export type ReleaseSummary = {
	id: number;
	sequence: number;
	version: string;
	note: string;
	releasedAt: Date;
	changes: ScheduleChange[];
	notices: { queued: number; sent: number };
};

/** The edition's releases, newest first, with what each changed and how its notices went. */
export async function listReleases(eventId: number): Promise<ReleaseSummary[]> {
	const releases = await db.scheduleRelease.findMany({
		where: { eventId },
		orderBy: { sequence: 'desc' },
		select: { id: true, sequence: true, version: true, note: true, releasedAt: true, changes: true }
	});
	const sent = await db.outboxMail.groupBy({
		by: ['releaseId'],
		where: { releaseId: { in: releases.map((release) => release.id) }, sentAt: { not: null } },
		_count: { _all: true }
	});
	const queued = await db.outboxMail.groupBy({
		by: ['releaseId'],
		where: { releaseId: { in: releases.map((release) => release.id) } },
		_count: { _all: true }
	});
	const count = (rows: typeof sent, id: number) => rows.find((row) => row.releaseId === id)?._count._all ?? 0;
	return releases.map((release) => ({
		...release,
		changes: parseChanges(release.changes),
		notices: { queued: count(queued, release.id), sent: count(sent, release.id) }
	}));
}
