// Reading the programme: every session with its track, room and speakers, in time order, in the
// reader's language (content/localize.ts), with every language's text kept for the agenda's search.
import { baseLocale, type Locale } from '$lib/paraglide/runtime';
import { db } from '../db';
import { localizeRecord, type LangOf } from '../content/localize';
import { allVersions } from '../content/search';

const sessionInclude = {
	track: { select: { slug: true, name: true, color: true, translations: true } },
	room: { select: { slug: true, name: true, description: true, capacity: true, translations: true } },
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
					translations: true,
					organisation: { select: { name: true, shortName: true, translations: true } }
				}
			}
		}
	}
} as const;

/** A speaker's langOf, with their organisation's name among the fields. */
function withOrganisationLang<F extends string>(langOf: LangOf<F>, organisation: string | undefined) {
	const all: LangOf<F | 'organisation'> = { ...(langOf as LangOf<F | 'organisation'>) };
	if (organisation) all.organisation = organisation;
	return all;
}

type SessionRow = NonNullable<Awaited<ReturnType<typeof findSessions>>>[number];

/** The event's sessions, or only those with the given ids. */
function findSessions(eventId: number, ids?: number[]) {
	return db.session.findMany({
		where: ids ? { eventId, id: { in: ids } } : { eventId },
		orderBy: [{ startsAt: 'asc' }, { room: { position: 'asc' } }, { id: 'asc' }],
		include: sessionInclude
	});
}

function toAgendaSession(row: SessionRow, locale: Locale) {
	const { title, abstract, langOf } = localizeRecord(row, ['title', 'abstract'], locale);
	return {
		id: row.id,
		slug: row.slug,
		title,
		abstract,
		langOf,
		kind: row.kind,
		status: row.status,
		revision: row.revision,
		capacity: row.capacity,
		startsAt: row.startsAt,
		endsAt: row.endsAt,
		editedAt: row.editedAt,
		track: row.track && localizeRecord(row.track, ['name'], locale),
		room: row.room && localizeRecord(row.room, ['name', 'description'], locale),
		speakers: row.speakers.map(({ role, speaker }) => {
			const localized = localizeRecord(speaker, ['name', 'honorific', 'roleTitle'], locale);
			const organisation = speaker.organisation && localizeRecord(speaker.organisation, ['name'], locale);
			return {
				role,
				slug: speaker.slug,
				name: localized.name,
				honorific: localized.honorific,
				roleTitle: localized.roleTitle,
				photoUrl: speaker.photoUrl,
				isPlaceholder: speaker.isPlaceholder,
				organisation: organisation?.name ?? null,
				langOf: withOrganisationLang(localized.langOf, organisation?.langOf.name)
			};
		}),
		/** What the agenda's search looks in: titles, abstracts, speakers' and organisations' names, in every language. */
		searchable: [
			...allVersions(row, ['title', 'abstract']),
			...(row.track ? allVersions(row.track, ['name']) : []),
			...(row.room ? allVersions(row.room, ['name']) : []),
			...row.speakers.flatMap(({ speaker }) => [
				...allVersions(speaker, ['name', 'roleTitle']),
				...(speaker.organisation ? allVersions(speaker.organisation, ['name', 'shortName']) : [])
			])
		]
	};
}

export type AgendaSession = ReturnType<typeof toAgendaSession>;

/** The programme in `locale` (English unless a caller names the reader's or the registration's). */
export async function listSessions(eventId: number, locale: Locale = baseLocale): Promise<AgendaSession[]> {
	return (await findSessions(eventId)).map((row) => toAgendaSession(row, locale));
}

/**
 * Only the sessions with these ids, as listSessions shows them: what one person's calendar needs, without
 * reading the whole programme for every confirmation mail.
 */
export async function listSessionsById(
	eventId: number,
	ids: number[],
	locale: Locale = baseLocale
): Promise<AgendaSession[]> {
	if (ids.length === 0) return [];
	return (await findSessions(eventId, ids)).map((row) => toAgendaSession(row, locale));
}

/** One session with the sessions before and after it in the day's order. */
export async function getSessionWithNeighbours(eventId: number, slug: string, locale: Locale = baseLocale) {
	const sessions = await listSessions(eventId, locale);
	const index = sessions.findIndex((session) => session.slug === slug);
	if (index === -1) return null;
	return {
		session: sessions[index]!,
		previous: sessions[index - 1] ?? null,
		next: sessions[index + 1] ?? null
	};
}

export async function listTracks(eventId: number, locale: Locale = baseLocale) {
	const tracks = await db.track.findMany({ where: { eventId }, orderBy: [{ position: 'asc' }, { id: 'asc' }] });
	return tracks.map((track) => localizeRecord(track, ['name', 'description'], locale));
}
