// Reading the programme: every session with its track, room and speakers, in time order.
import { db } from '../db';

const sessionInclude = {
	track: { select: { slug: true, name: true, color: true } },
	room: { select: { slug: true, name: true, description: true, capacity: true } },
	speakers: {
		orderBy: { position: 'asc' },
		select: {
			role: true,
			speaker: {
				select: {
					slug: true,
					name: true,
					honorific: true,
					roleTitle: true,
					photoUrl: true,
					isPlaceholder: true,
					organisation: { select: { name: true, shortName: true } }
				}
			}
		}
	}
} as const;

type SessionRow = NonNullable<Awaited<ReturnType<typeof findSessions>>>[number];

function findSessions(eventId: number) {
	return db.session.findMany({
		where: { eventId },
		orderBy: [{ startsAt: 'asc' }, { room: { position: 'asc' } }, { id: 'asc' }],
		include: sessionInclude
	});
}

function toAgendaSession(row: SessionRow) {
	return {
		id: row.id,
		slug: row.slug,
		title: row.title,
		abstract: row.abstract,
		kind: row.kind,
		status: row.status,
		revision: row.revision,
		capacity: row.capacity,
		startsAt: row.startsAt,
		endsAt: row.endsAt,
		editedAt: row.editedAt,
		track: row.track,
		room: row.room,
		speakers: row.speakers.map(({ role, speaker }) => ({
			role,
			slug: speaker.slug,
			name: speaker.name,
			honorific: speaker.honorific,
			roleTitle: speaker.roleTitle,
			photoUrl: speaker.photoUrl,
			isPlaceholder: speaker.isPlaceholder,
			organisation: speaker.organisation?.name ?? null
		}))
	};
}

export type AgendaSession = ReturnType<typeof toAgendaSession>;

export async function listSessions(eventId: number): Promise<AgendaSession[]> {
	return (await findSessions(eventId)).map(toAgendaSession);
}

/** One session with the sessions before and after it in the day's order. */
export async function getSessionWithNeighbours(eventId: number, slug: string) {
	const sessions = await listSessions(eventId);
	const index = sessions.findIndex((session) => session.slug === slug);
	if (index === -1) return null;
	return {
		session: sessions[index]!,
		previous: sessions[index - 1] ?? null,
		next: sessions[index + 1] ?? null
	};
}

export async function listTracks(eventId: number) {
	return db.track.findMany({ where: { eventId }, orderBy: [{ position: 'asc' }, { id: 'asc' }] });
}
