// Reading speakers: the public list in display order, and one speaker with their sessions.
import { db } from '../db';

const speakerInclude = {
	organisation: { select: { name: true, shortName: true } },
	links: { orderBy: { position: 'asc' } }
} as const;

export async function listSpeakers(eventId: number, options: { featuredOnly?: boolean } = {}) {
	return db.speaker.findMany({
		where: { eventId, ...(options.featuredOnly ? { featured: true } : {}) },
		orderBy: [{ displayOrder: 'asc' }, { id: 'asc' }],
		include: {
			...speakerInclude,
			sessions: {
				select: { role: true, session: { select: { slug: true, title: true, startsAt: true, status: true } } }
			}
		}
	});
}

/** Every speaker's name in display order, placeholders marked (for the summit's structured data). */
export async function listSpeakerNames(eventId: number) {
	return db.speaker.findMany({
		where: { eventId },
		orderBy: [{ displayOrder: 'asc' }, { id: 'asc' }],
		select: { slug: true, name: true, isPlaceholder: true }
	});
}

export type SpeakerListItem = Awaited<ReturnType<typeof listSpeakers>>[number];

export async function getSpeaker(eventId: number, slug: string) {
	return db.speaker.findUnique({
		where: { eventId_slug: { eventId, slug } },
		include: {
			...speakerInclude,
			quotes: { orderBy: { position: 'asc' } },
			sessions: {
				orderBy: { session: { startsAt: 'asc' } },
				select: {
					role: true,
					session: {
						select: {
							slug: true,
							title: true,
							kind: true,
							status: true,
							startsAt: true,
							endsAt: true,
							room: { select: { name: true } },
							track: { select: { name: true, color: true } }
						}
					}
				}
			}
		}
	});
}
