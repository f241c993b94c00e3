// The programme as a release records it: per session what people's calendars and plans hang on (time,
// room, status, title), kept as JSON in ScheduleRelease.snapshot so the next release can compare itself.
import { z } from 'zod';
import type { Prisma } from '../../../generated/sqlite/client';

export const sessionSnapshotSchema = z.object({
	id: z.number(),
	slug: z.string(),
	title: z.string(),
	/** ISO instants (UTC). */
	startsAt: z.string(),
	endsAt: z.string(),
	roomId: z.number().nullable(),
	/** The room's name when released: a room deleted since still reads in the changelog. */
	room: z.string().nullable(),
	status: z.string()
});

export type SessionSnapshot = z.infer<typeof sessionSnapshotSchema>;
export type ProgrammeSnapshot = SessionSnapshot[];

/** The app's client or a transaction's (the seed writes release 1.0 in its own). */
type Reader = Pick<Prisma.TransactionClient, 'session'>;

/** The edition's programme now, in programme order. */
export async function takeSnapshot(reader: Reader, eventId: number): Promise<ProgrammeSnapshot> {
	const sessions = await reader.session.findMany({
		where: { eventId },
		orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
		select: {
			id: true,
			slug: true,
			title: true,
			startsAt: true,
			endsAt: true,
			roomId: true,
			status: true,
			room: { select: { name: true } }
		}
	});
	return sessions.map((session) => ({
		id: session.id,
		slug: session.slug,
		title: session.title,
		startsAt: session.startsAt.toISOString(),
		endsAt: session.endsAt.toISOString(),
		roomId: session.roomId,
		room: session.room?.name ?? null,
		status: session.status
	}));
}

/** A stored snapshot; a row that does not read as one is a bug, not a person's mistake. */
export function parseSnapshot(json: string): ProgrammeSnapshot {
	return z.array(sessionSnapshotSchema).parse(JSON.parse(json));
}
