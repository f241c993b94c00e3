// Reading speakers: the public list in display order, and one speaker with their sessions, in the
// reader's language (content/localize.ts; English unless the caller names a locale).
import { baseLocale, type Locale } from '$lib/paraglide/runtime';
import { db } from '../db';
import { localizeRecord } from '../content/localize';
import { quoteForReader } from '../content/quotes';

const speakerInclude = {
	organisation: { select: { name: true, shortName: true, translations: true } },
	links: { orderBy: { position: 'asc' } }
} as const;

const SPEAKER_TEXT = ['name', 'honorific', 'roleTitle', 'bio'] as const;

export async function listSpeakers(eventId: number, options: { featuredOnly?: boolean; locale?: Locale } = {}) {
	const locale = options.locale ?? baseLocale;
	const speakers = await db.speaker.findMany({
		where: { eventId, ...(options.featuredOnly ? { featured: true } : {}) },
		orderBy: [{ displayOrder: 'asc' }, { id: 'asc' }],
		include: {
			...speakerInclude,
			sessions: {
				select: {
					role: true,
					session: { select: { slug: true, title: true, startsAt: true, status: true, translations: true } }
				}
			}
		}
	});
	return speakers.map(({ organisation, sessions, ...speaker }) => ({
		...localizeRecord(speaker, SPEAKER_TEXT, locale),
		organisation: organisation && localizeRecord(organisation, ['name', 'shortName'], locale),
		sessions: sessions.map(({ role, session }) => ({ role, session: localizeRecord(session, ['title'], locale) }))
	}));
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

export async function getSpeaker(eventId: number, slug: string, locale: Locale = baseLocale) {
	const found = await db.speaker.findUnique({
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
							translations: true,
							room: { select: { name: true, translations: true } },
							track: { select: { name: true, color: true, translations: true } }
						}
					}
				}
			}
		}
	});
	if (!found) return null;
	const { organisation, sessions, quotes, ...speaker } = found;
	return {
		...localizeRecord(speaker, SPEAKER_TEXT, locale),
		organisation: organisation && localizeRecord(organisation, ['name', 'shortName'], locale),
		quotes: quotes.map((quote) => ({ id: quote.id, source: quote.source, ...quoteForReader(quote, locale) })),
		sessions: sessions.map(({ role, session: { room, track, ...session } }) => ({
			role,
			session: {
				...localizeRecord(session, ['title'], locale),
				room: room && localizeRecord(room, ['name'], locale),
				track: track && localizeRecord(track, ['name'], locale)
			}
		}))
	};
}
