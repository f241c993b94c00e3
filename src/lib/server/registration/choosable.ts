// The sessions a registrant may choose: the programme itself, not breaks or networking, not cancelled.
import { db } from '../db';
import { cachedValue } from '../cache/content-cache';
import { baseLocale, type Locale } from '$lib/paraglide/runtime';
import { localizeRecord } from '../content/localize';

/** In `locale` (content/localize.ts): titles, tracks and rooms as the reader's page shows them. */
export async function listChoosableSessions(eventId: number, locale: Locale = baseLocale) {
	const sessions = await db.session.findMany({
		where: { eventId, status: 'scheduled', kind: { notIn: ['break', 'networking'] } },
		orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
		select: {
			id: true,
			slug: true,
			title: true,
			kind: true,
			startsAt: true,
			endsAt: true,
			capacity: true,
			confirmedCount: true,
			translations: true,
			track: { select: { name: true, color: true, translations: true } },
			room: { select: { name: true, translations: true } }
		}
	});
	return sessions.map(({ capacity, confirmedCount, track, room, ...session }) => ({
		...localizeRecord(session, ['title'], locale),
		track: track && localizeRecord(track, ['name'], locale),
		room: room && localizeRecord(room, ['name'], locale),
		seatsLeft: capacity === null ? null : Math.max(0, capacity - confirmedCount)
	}));
}

/**
 * The same, kept for a second per edition and language: each registrant's page (/my) lists them, and a
 * rush of new registrants lands there. Seats left may be a second old; seats are decided in SQL.
 */
export function cachedChoosableSessions(eventId: number, locale: Locale = baseLocale) {
	return cachedValue(`choosable-sessions:${eventId}:${locale}`, 1_000, () => listChoosableSessions(eventId, locale));
}

export type ChoosableSession = Awaited<ReturnType<typeof listChoosableSessions>>[number];

export async function summitSeatsLeft(eventId: number): Promise<number | null> {
	const event = await db.event.findUniqueOrThrow({
		where: { id: eventId },
		select: { capacity: true, confirmedCount: true }
	});
	return event.capacity === null ? null : Math.max(0, event.capacity - event.confirmedCount);
}

/** Seats left in one session; null: no limit of its own (the summit's applies). */
export async function sessionSeatsLeft(sessionId: number): Promise<number | null> {
	const session = await db.session.findUniqueOrThrow({
		where: { id: sessionId },
		select: { capacity: true, confirmedCount: true }
	});
	return session.capacity === null ? null : Math.max(0, session.capacity - session.confirmedCount);
}

/** Ids only, for validating a submission; a second-old list is fine (seats are decided in SQL). */
export function choosableSessionIds(eventId: number): Promise<number[]> {
	return cachedValue(`choosable-session-ids:${eventId}`, 1_000, async () =>
		(await cachedChoosableSessions(eventId)).map((session) => session.id)
	);
}

/** The chosen ids in programme order (start, then id), the order their seats are decided in. */
export async function inProgrammeOrder(eventId: number, sessionIds: readonly number[]): Promise<number[]> {
	const programme = await choosableSessionIds(eventId);
	return programme.filter((id) => sessionIds.includes(id));
}

export type SessionChoiceProblem = 'not-choosable';

/**
 * Whether every one of these ids is a session a registrant of this event may choose: null when they all
 * are, else a code for the edge to put into words. The form only knows they are well-formed ids.
 */
export async function checkSessionChoice(
	eventId: number,
	sessionIds: readonly number[]
): Promise<SessionChoiceProblem | null> {
	if (sessionIds.length === 0) return null;
	const choosable = new Set(await choosableSessionIds(eventId));
	return sessionIds.every((id) => choosable.has(id)) ? null : 'not-choosable';
}
