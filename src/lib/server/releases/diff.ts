// What changed between two snapshots of a programme, as the changelog and the notices tell it. Pure.
import { z } from 'zod';
import { sessionSnapshotSchema, type ProgrammeSnapshot, type SessionSnapshot } from './snapshot';

const timeSpan = z.object({ startsAt: z.string(), endsAt: z.string() });

/**
 * One change to one session. `session` is the session as it is now (as last released, for `removed`);
 * `from`/`to` are the old and new times, room names or titles.
 */
export const scheduleChangeSchema = z.discriminatedUnion('kind', [
	z.object({ kind: z.enum(['added', 'removed', 'cancelled', 'reinstated']), session: sessionSnapshotSchema }),
	z.object({ kind: z.literal('moved'), session: sessionSnapshotSchema, from: timeSpan, to: timeSpan }),
	z.object({
		kind: z.literal('re-roomed'),
		session: sessionSnapshotSchema,
		from: z.string().nullable(),
		to: z.string().nullable()
	}),
	z.object({ kind: z.literal('retitled'), session: sessionSnapshotSchema, from: z.string(), to: z.string() })
]);

export type ScheduleChange = z.infer<typeof scheduleChangeSchema>;
export type ScheduleChangeKind = ScheduleChange['kind'];

/** The kinds that change something for people who chose the session: each earns them a notice. */
export const NOTIFYING_KINDS: ReadonlySet<ScheduleChangeKind> = new Set([
	'moved',
	're-roomed',
	'cancelled',
	'reinstated',
	'retitled',
	'removed'
]);

const sameInstant = (a: string, b: string) => new Date(a).getTime() === new Date(b).getTime();

function changesOf(before: SessionSnapshot, after: SessionSnapshot): ScheduleChange[] {
	const changes: ScheduleChange[] = [];
	const session = after;
	if (before.status !== after.status)
		changes.push({ kind: after.status === 'cancelled' ? 'cancelled' : 'reinstated', session });
	if (!sameInstant(before.startsAt, after.startsAt) || !sameInstant(before.endsAt, after.endsAt))
		changes.push({
			kind: 'moved',
			session,
			from: { startsAt: before.startsAt, endsAt: before.endsAt },
			to: { startsAt: after.startsAt, endsAt: after.endsAt }
		});
	// A room renamed is not a session re-roomed: only another room is.
	if (before.roomId !== after.roomId) changes.push({ kind: 're-roomed', session, from: before.room, to: after.room });
	if (before.title !== after.title) changes.push({ kind: 'retitled', session, from: before.title, to: after.title });
	return changes;
}

/**
 * From `previous` (the last release's snapshot; null before the first release, when every session is
 * new) to `next`: sessions added, removed, and per session kept what moved, in programme order.
 */
export function diffProgrammes(previous: ProgrammeSnapshot | null, next: ProgrammeSnapshot): ScheduleChange[] {
	const before = new Map((previous ?? []).map((session) => [session.id, session]));
	const changes: ScheduleChange[] = [];
	for (const session of next) {
		const was = before.get(session.id);
		changes.push(...(was ? changesOf(was, session) : [{ kind: 'added' as const, session }]));
		before.delete(session.id);
	}
	for (const session of before.values()) changes.push({ kind: 'removed', session });
	return changes.sort(
		(a, b) =>
			new Date(a.session.startsAt).getTime() - new Date(b.session.startsAt).getTime() || a.session.id - b.session.id
	);
}

export function parseChanges(json: string): ScheduleChange[] {
	return z.array(scheduleChangeSchema).parse(JSON.parse(json));
}

/** Each kind's count, for a release's summary. */
export function countChanges(changes: ScheduleChange[]): Partial<Record<ScheduleChangeKind, number>> {
	const counts: Partial<Record<ScheduleChangeKind, number>> = {};
	for (const change of changes) counts[change.kind] = (counts[change.kind] ?? 0) + 1;
	return counts;
}
