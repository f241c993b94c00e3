// Organizers keeping the programme: sessions with their time, room, track, kind, capacity and speakers.
// A change of time, room or status raises the revision (agenda/revision.ts) so calendars update. Room
// and speaker clashes are warnings, not errors: organizers may know better (a shared stage, a video).
import { z } from 'zod';
import { db } from '../db';
import { isPrismaError } from '../db/prisma-errors';
import { auditEntry, changedFields, createdFields, type Actor } from '../audit/audit';
import { commitContentChange } from '../cache/content-version';
import { editedAtUpdate, revisionUpdate } from '../agenda/revision';
import type { SummitEvent as CurrentEvent } from '../agenda/event';
import { promoteSessionWaitlist } from '../registration/waitlist';
import { seatsTakenAtMost } from '../registration/seats';
import { dateKey } from '../../time';
import { SESSION_KINDS, SPEAKER_ROLES } from '../../agenda/vocabulary';
import { availableSlug } from './slugs';
import type { FieldProblems } from '../forms';
import { addProblem, choice, isId, list, optionalId, text } from '../forms/fields';
import { optionalSlug } from './form-fields';
import { fromZonedLocal } from './zoned-time';
import { translationShape, translationsFromForm } from '../content/form';
import { changedTranslations } from '../content/translations';

/** Addresses under /agenda/ that are pages of their own (src/routes/agenda/changes): no session may take them. */
const RESERVED_SESSION_SLUGS = ['changes'];

const localDateTime = z.string('required').regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'required');

/** Seats: empty for "as many as the summit", else a whole number written plainly ("40", not "4e1"). */
const capacity = z.preprocess(
	(value) => (value === undefined ? '' : value),
	z
		.custom<string>((value) => typeof value === 'string' && /^[0-9]{0,6}$/.test(value), 'invalid')
		.transform((value) => (value === '' ? null : Number(value)))
		.refine((seats) => seats === null || (seats >= 1 && seats <= 100_000), 'invalid')
);

/** The session's text fields organizers translate, with the English field's limits. */
export const SESSION_TEXT = { title: { max: 200 }, abstract: { max: 4000, multiline: true } };

/**
 * The form, before the event is known: times stay wall-clock text until checkPlacement. Its own problem
 * codes: `duplicate` (a speaker listed twice), and from checkPlacement `outside-day` and `end-before-start`.
 */
export const sessionSchema = z
	.object({
		title: text({ max: 200, required: true }),
		slug: optionalSlug,
		abstract: text({ max: 4000, multiline: true }),
		kind: choice(SESSION_KINDS),
		startsAt: localDateTime,
		endsAt: localDateTime,
		roomId: optionalId(),
		trackId: optionalId(),
		capacity,
		speakerId: list,
		speakerRole: list,
		...translationShape(SESSION_TEXT)
	})
	.superRefine((input, context) => {
		const seen = new Set<string>();
		input.speakerId.forEach((id, i) => {
			if (id === '') return;
			if (!isId(id)) addProblem(context, { code: 'invalid' }, ['speakerId', i]);
			else if (seen.has(id)) addProblem(context, { code: 'duplicate' }, ['speakerId', i]);
			seen.add(id);
			const role = input.speakerRole[i] ?? 'speaker';
			if (!(SPEAKER_ROLES as readonly string[]).includes(role))
				addProblem(context, { code: 'invalid' }, ['speakerRole', i]);
		});
	})
	.transform(({ speakerId, speakerRole, ...session }) => ({
		...session,
		speakers: speakerId
			.map((id, i) => ({ speakerId: Number(id), role: speakerRole[i] ?? 'speaker' }))
			.filter((speaker) => speaker.speakerId > 0)
	}));

export type SessionForm = z.output<typeof sessionSchema>;
/** What placing a session needs to know of its edition. */
type SummitEvent = Pick<CurrentEvent, 'id' | 'timeZone' | 'startsAt' | 'endsAt'>;

/** Times in UTC and within the summit's day(s), references that exist, or what is wrong. */
async function checkPlacement(
	event: SummitEvent,
	input: SessionForm
): Promise<{ ok: true; startsAt: Date; endsAt: Date } | { ok: false; problems: FieldProblems }> {
	const problems: FieldProblems = {};
	const startsAt = fromZonedLocal(input.startsAt, event.timeZone);
	const endsAt = fromZonedLocal(input.endsAt, event.timeZone);
	if (!startsAt) problems.startsAt = { code: 'required' };
	if (!endsAt) problems.endsAt = { code: 'required' };
	if (startsAt && endsAt) {
		const firstDay = dateKey(event.startsAt, event.timeZone);
		const lastDay = dateKey(event.endsAt, event.timeZone);
		const onSummitDay = (instant: Date) =>
			dateKey(instant, event.timeZone) >= firstDay && dateKey(instant, event.timeZone) <= lastDay;
		if (!onSummitDay(startsAt)) problems.startsAt = { code: 'outside-day' };
		// A session may end at midnight: its last minute is still on the day.
		if (!onSummitDay(new Date(endsAt.getTime() - 60_000))) problems.endsAt = { code: 'outside-day' };
		if (endsAt.getTime() <= startsAt.getTime()) problems.endsAt = { code: 'end-before-start' };
	}
	const [rooms, tracks, speakers] = await Promise.all([
		input.roomId === null ? 1 : db.room.count({ where: { id: input.roomId, eventId: event.id } }),
		input.trackId === null ? 1 : db.track.count({ where: { id: input.trackId, eventId: event.id } }),
		db.speaker.findMany({
			where: { eventId: event.id, id: { in: input.speakers.map((s) => s.speakerId) } },
			select: { id: true }
		})
	]);
	if (rooms !== 1) problems.roomId = { code: 'invalid' };
	if (tracks !== 1) problems.trackId = { code: 'invalid' };
	const known = new Set(speakers.map((speaker) => speaker.id));
	input.speakers.forEach((speaker, i) => {
		if (!known.has(speaker.speakerId)) problems[`speakerId.${i}`] = { code: 'invalid' };
	});
	if (Object.keys(problems).length > 0 || !startsAt || !endsAt) return { ok: false, problems };
	return { ok: true, startsAt, endsAt };
}

const adminSessionInclude = {
	room: { select: { id: true, name: true } },
	track: { select: { id: true, name: true } },
	speakers: {
		orderBy: { position: 'asc' },
		select: { role: true, speakerId: true, speaker: { select: { name: true, honorific: true } } }
	},
	_count: { select: { attendees: { where: { status: { not: 'cancelled' } } } } }
} as const;

export function listSessionsForAdmin(eventId: number) {
	return db.session.findMany({
		where: { eventId },
		orderBy: [{ startsAt: 'asc' }, { room: { position: 'asc' } }, { id: 'asc' }],
		include: adminSessionInclude
	});
}

export type AdminSession = Awaited<ReturnType<typeof listSessionsForAdmin>>[number];

export function getSessionForEdit(eventId: number, id: number) {
	return db.session.findFirst({ where: { eventId, id }, include: adminSessionInclude });
}

export async function sessionFormOptions(eventId: number) {
	const [rooms, tracks, speakers] = await Promise.all([
		db.room.findMany({
			where: { eventId },
			orderBy: [{ position: 'asc' }, { id: 'asc' }],
			select: { id: true, name: true }
		}),
		db.track.findMany({
			where: { eventId },
			orderBy: [{ position: 'asc' }, { id: 'asc' }],
			select: { id: true, name: true }
		}),
		db.speaker.findMany({
			where: { eventId },
			orderBy: [{ name: 'asc' }],
			select: { id: true, name: true, honorific: true }
		})
	]);
	return { rooms, tracks, speakers };
}

type Placed = {
	id: number;
	title: string;
	status: string;
	startsAt: Date;
	endsAt: Date;
	roomId: number | null;
	room: { name: string } | null;
	speakers: { speakerId: number; speaker: { name: string } }[];
};

/** The other session of a clash, as the warning names it. */
type ClashingSession = { title: string; startsAt: Date; endsAt: Date };

/** A clash the organizer may know better about: the room used twice, or a speaker in two places. */
export type SessionWarning =
	| { clash: 'room'; room: string; other: ClashingSession }
	| { clash: 'speaker'; speaker: string; other: ClashingSession };

/**
 * Clashes between sessions that are not cancelled and overlap in time: the same room, or a speaker in
 * two places. Keyed by session id; each clash is reported on both sessions.
 */
export function sessionWarnings(sessions: Placed[]): Map<number, SessionWarning[]> {
	const warnings = new Map<number, SessionWarning[]>();
	const add = (id: number, warning: SessionWarning) => warnings.set(id, [...(warnings.get(id) ?? []), warning]);
	const live = sessions.filter((session) => session.status !== 'cancelled');
	const other = ({ title, startsAt, endsAt }: Placed): ClashingSession => ({ title, startsAt, endsAt });
	for (const [i, a] of live.entries()) {
		for (const b of live.slice(i + 1)) {
			if (!(a.startsAt < b.endsAt && b.startsAt < a.endsAt)) continue;
			if (a.roomId !== null && a.roomId === b.roomId) {
				add(a.id, { clash: 'room', room: a.room?.name ?? '', other: other(b) });
				add(b.id, { clash: 'room', room: b.room?.name ?? '', other: other(a) });
			}
			for (const { speakerId, speaker } of a.speakers) {
				if (b.speakers.some((them) => them.speakerId === speakerId)) {
					add(a.id, { clash: 'speaker', speaker: speaker.name, other: other(b) });
					add(b.id, { clash: 'speaker', speaker: speaker.name, other: other(a) });
				}
			}
		}
	}
	return warnings;
}

async function warningsFor(event: SummitEvent, sessionId: number): Promise<SessionWarning[]> {
	return sessionWarnings(await listSessionsForAdmin(event.id)).get(sessionId) ?? [];
}

const speakersText = (speakers: { speakerId: number; role: string }[]) =>
	speakers.map((s) => `${s.speakerId}:${s.role}`).join(', ');

/** Refused: `not-found` (the form), `taken` (slug), `below-taken` (capacity, with the seats taken as count). */
export type SaveResult =
	{ ok: true; id: number; warnings: SessionWarning[] } | { ok: false; problems: FieldProblems; status: number };

export async function createSession(actor: Actor, event: SummitEvent, input: SessionForm): Promise<SaveResult> {
	const placement = await checkPlacement(event, input);
	if (!placement.ok) return { ok: false, problems: placement.problems, status: 400 };
	const taken = new Set([
		...RESERVED_SESSION_SLUGS,
		...(await db.session.findMany({ where: { eventId: event.id }, select: { slug: true } })).map((s) => s.slug)
	]);
	if (input.slug && taken.has(input.slug)) return { ok: false, problems: { slug: { code: 'taken' } }, status: 400 };
	const slug = input.slug || availableSlug(input.title, taken, `session-${Date.now().toString(36)}`);
	const values = {
		eventId: event.id,
		slug,
		title: input.title,
		abstract: input.abstract,
		kind: input.kind,
		startsAt: placement.startsAt,
		endsAt: placement.endsAt,
		roomId: input.roomId,
		trackId: input.trackId,
		capacity: input.capacity,
		translations: translationsFromForm(input, SESSION_TEXT)
	};
	try {
		const [session] = await commitContentChange([
			db.session.create({
				data: { ...values, speakers: { create: input.speakers.map((speaker, position) => ({ ...speaker, position })) } }
			}),
			auditEntry(actor, {
				action: 'session.create',
				entityType: 'session',
				entityId: slug,
				summary: input.title,
				changes: createdFields({ ...values, speakers: speakersText(input.speakers) })
			})
		]);
		return { ok: true, id: session.id, warnings: await warningsFor(event, session.id) };
	} catch (error) {
		if (isPrismaError(error, 'P2002')) return { ok: false, problems: { slug: { code: 'taken' } }, status: 400 };
		throw error;
	}
}

export async function updateSession(
	actor: Actor,
	event: SummitEvent,
	id: number,
	input: SessionForm
): Promise<SaveResult> {
	const before = await getSessionForEdit(event.id, id);
	if (!before) return { ok: false, problems: { form: { code: 'not-found' } }, status: 404 };
	const placement = await checkPlacement(event, input);
	if (!placement.ok) return { ok: false, problems: placement.problems, status: 400 };
	if (input.capacity !== null && input.capacity < before.confirmedCount) {
		return { ok: false, problems: { capacity: { code: 'below-taken', count: before.confirmedCount } }, status: 400 };
	}
	const after = {
		title: input.title,
		abstract: input.abstract,
		kind: input.kind,
		startsAt: placement.startsAt,
		endsAt: placement.endsAt,
		roomId: input.roomId,
		trackId: input.trackId,
		capacity: input.capacity
	};
	const translations = translationsFromForm(input, SESSION_TEXT);
	const changes = {
		...changedFields(
			{ ...before, speakers: speakersText(before.speakers) },
			{ ...after, speakers: speakersText(input.speakers) }
		),
		...changedTranslations(before.translations, translations)
	};
	const revision = revisionUpdate(before, after);
	if (revision) changes.revision = [before.revision, before.revision + 1];
	try {
		await commitContentChange([
			db.session.update({
				// Guarded: a seat taken since the check above must not end up over capacity.
				where: { id, ...seatsTakenAtMost(input.capacity) },
				data: {
					...after,
					translations,
					revision,
					editedAt: editedAtUpdate(Object.keys(changes)),
					speakers: { deleteMany: {}, create: input.speakers.map((speaker, position) => ({ ...speaker, position })) }
				}
			}),
			auditEntry(actor, {
				action: 'session.update',
				entityType: 'session',
				entityId: before.slug,
				summary: input.title,
				changes
			})
		]);
	} catch (error) {
		if (isPrismaError(error, 'P2025')) {
			const now = await db.session.findUnique({ where: { id }, select: { confirmedCount: true } });
			if (!now) return { ok: false, problems: { form: { code: 'not-found' } }, status: 404 };
			return { ok: false, problems: { capacity: { code: 'below-taken', count: now.confirmedCount } }, status: 400 };
		}
		throw error;
	}
	// More seats than before: the people waiting for this session get them, in their order.
	if (before.capacity !== null && (input.capacity === null || input.capacity > before.capacity))
		await promoteSessionWaitlist(id);
	return { ok: true, id, warnings: await warningsFor(event, id) };
}

/**
 * Cancelled sessions stay on the agenda, marked; reinstating puts one back. Both move calendars at once;
 * the people who chose the session hear of it with the next release of the programme
 * (releases/release.ts), one notice per release rather than a mail per edit.
 */
export async function setSessionStatus(actor: Actor, eventId: number, id: number, status: 'scheduled' | 'cancelled') {
	const before = await getSessionForEdit(eventId, id);
	if (!before) return { ok: false as const, error: 'not-found' as const };
	if (before.status === status) return { ok: true as const, title: before.title };
	await commitContentChange([
		db.session.update({
			where: { id },
			data: { status, revision: revisionUpdate(before, { status }), editedAt: new Date() }
		}),
		auditEntry(actor, {
			action: status === 'cancelled' ? 'session.cancel' : 'session.reinstate',
			entityType: 'session',
			entityId: before.slug,
			summary: before.title,
			changes: { status: [before.status, status], revision: [before.revision, before.revision + 1] }
		})
	]);
	return { ok: true as const, title: before.title };
}

/** Only a session nobody has chosen may go for good; otherwise cancel it, so attendees are told. */
export async function deleteSession(actor: Actor, eventId: number, id: number) {
	const session = await getSessionForEdit(eventId, id);
	if (!session) return { ok: false as const, error: 'not-found' as const };
	if (session._count.attendees > 0)
		return { ok: false as const, error: 'has-attendees' as const, attendees: session._count.attendees };
	await commitContentChange([
		db.session.delete({ where: { id } }),
		auditEntry(actor, {
			action: 'session.delete',
			entityType: 'session',
			entityId: session.slug,
			summary: session.title,
			changes: createdFields({
				title: session.title,
				startsAt: session.startsAt,
				endsAt: session.endsAt,
				roomId: session.roomId
			})
		})
	]);
	return { ok: true as const, title: session.title };
}
