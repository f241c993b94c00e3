// Admins writing to attendees: an announcement (a subject and a Markdown body) to an audience, previewed
// with its count, then queued as one outbox row per person in the transaction that records it. Rows
// are spread out at the sending rate (mail/outbox.ts) and carry a key per person, so a Send posted twice
// (a double click, a retry) queues nothing more.
import { z } from 'zod';
import { db } from '../db';
import { isPrismaError } from '../db/prisma-errors';
import { auditEntry, createdFields, type Actor } from '../audit/audit';
import { bulkSendTimes } from '../mail/outbox';
import type { FieldProblems } from '../forms';
import { checkbox, choice, optionalId, text } from '../forms/fields';

export const AUDIENCES = ['confirmed', 'waitlisted', 'session', 'checked-in', 'everyone'] as const;
export type Audience = (typeof AUDIENCES)[number];

const SEND_KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Problem codes: `required`, `too-long` (text), `required` (sessionId when the audience is a session). */
export const announcementSchema = z
	.object({
		subject: text({ max: 200, required: true }),
		body: text({ max: 20_000, multiline: true, required: true }),
		audience: choice(AUDIENCES),
		sessionId: optionalId(),
		isNews: checkbox,
		// Made when the preview is shown; the Send button posts it back (absent on a preview).
		sendKey: z.preprocess((value) => (value === '' ? undefined : value), z.string().regex(SEND_KEY, 'stale').optional())
	})
	.superRefine((input, context) => {
		if (input.audience === 'session' && input.sessionId === null)
			context.addIssue({ code: 'custom', message: 'required', path: ['sessionId'] });
	});

export type AnnouncementInput = z.output<typeof announcementSchema>;

/** Who an audience is: registrations not cancelled, narrowed; news only to those who asked for it. */
function audienceWhere(eventId: number, input: Pick<AnnouncementInput, 'audience' | 'sessionId' | 'isNews'>) {
	const notCancelled = { not: 'cancelled' };
	const audience = {
		confirmed: { status: 'confirmed' },
		waitlisted: { status: 'waitlisted' },
		session: {
			status: notCancelled,
			sessions: { some: { sessionId: input.sessionId ?? -1, status: notCancelled } }
		},
		'checked-in': { status: notCancelled, checkedInAt: { not: null } },
		everyone: { status: notCancelled }
	}[input.audience];
	return { eventId, ...audience, ...(input.isNews ? { newsOptIn: true } : {}) };
}

/** The sessions an announcement can address: the edition's, in programme order. */
export function listSessionsForAudience(eventId: number) {
	return db.session.findMany({
		where: { eventId },
		orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
		select: { id: true, title: true, startsAt: true, endsAt: true, status: true }
	});
}

async function sessionOfEdition(eventId: number, sessionId: number | null) {
	if (sessionId === null) return null;
	return db.session.findFirst({ where: { eventId, id: sessionId }, select: { id: true, title: true } });
}

type Refused = { ok: false; problems: FieldProblems };

/** How many people the announcement would reach now; `invalid` when the session is not the edition's. */
export async function previewAnnouncement(
	eventId: number,
	input: AnnouncementInput
): Promise<{ ok: true; recipients: number } | Refused> {
	if (input.audience === 'session' && !(await sessionOfEdition(eventId, input.sessionId)))
		return { ok: false, problems: { sessionId: { code: 'invalid' } } };
	return { ok: true, recipients: await db.registration.count({ where: audienceWhere(eventId, input) }) };
}

export type SendResult = { ok: true; announcementId: number; recipients: number; again?: true } | Refused;

/**
 * Queues the announcement: the Announcement, one outbox row per person and the audit entry, in one
 * transaction. Refused: `no-recipients` (audience), `invalid` (sessionId), `stale` (sendKey: no preview).
 */
export async function sendAnnouncement(
	actor: Actor & { name: string },
	eventId: number,
	input: AnnouncementInput
): Promise<SendResult> {
	if (!input.sendKey) return { ok: false, problems: { sendKey: { code: 'stale' } } };
	const key = input.sendKey;
	const already = await sentWithKey(key);
	if (already) return { ok: true, announcementId: already.id, recipients: already.recipients, again: true };
	const session = await sessionOfEdition(eventId, input.sessionId);
	if (input.audience === 'session' && !session) return { ok: false, problems: { sessionId: { code: 'invalid' } } };
	const people = await db.registration.findMany({
		where: audienceWhere(eventId, input),
		orderBy: { id: 'asc' },
		select: { id: true, email: true }
	});
	if (people.length === 0) return { ok: false, problems: { audience: { code: 'no-recipients' } } };
	const sendAt = await bulkSendTimes(people.length);
	const values = {
		eventId,
		subject: input.subject,
		body: input.body,
		audience: input.audience,
		sessionId: input.audience === 'session' ? (session?.id ?? null) : null,
		isNews: input.isNews,
		sentBy: actor.name
	};
	try {
		const [announcement] = await db.$transaction([
			db.announcement.create({
				data: {
					...values,
					mails: {
						create: people.map((person, i) => ({
							kind: 'announcement',
							toAddress: person.email,
							registrationId: person.id,
							dedupeKey: `announcement:${key}:${person.id}`,
							nextAttemptAt: sendAt[i]
						}))
					}
				},
				select: { id: true }
			}),
			auditEntry(actor, {
				action: 'announcement.send',
				entityType: 'announcement',
				entityId: key,
				summary: input.subject,
				changes: createdFields({
					audience: input.audience,
					session: session?.title ?? null,
					isNews: input.isNews,
					recipients: people.length
				})
			})
		]);
		return { ok: true, announcementId: announcement.id, recipients: people.length };
	} catch (error) {
		// The same Send posted twice at once: the other request queued it.
		const other = isPrismaError(error, 'P2002') ? await sentWithKey(key) : null;
		if (other) return { ok: true, announcementId: other.id, recipients: other.recipients, again: true };
		throw error;
	}
}

async function sentWithKey(key: string) {
	const mail = await db.outboxMail.findFirst({
		where: { dedupeKey: { startsWith: `announcement:${key}:` } },
		select: { announcementId: true }
	});
	if (!mail?.announcementId) return null;
	const recipients = await db.outboxMail.count({ where: { announcementId: mail.announcementId } });
	return { id: mail.announcementId, recipients };
}

export type MailCounts = { queued: number; sent: number; failed: number; dropped: number };

/**
 * Where each announcement's mails are: sent, dropped (the person was erased), failed (tried, an error
 * kept, to be retried), queued (not tried yet or between tries without an error).
 */
async function mailCounts(announcementIds: number[]): Promise<Map<number, MailCounts>> {
	const states = {
		sent: { sentAt: { not: null } },
		dropped: { sentAt: null, droppedAt: { not: null } },
		failed: { sentAt: null, droppedAt: null, lastError: { not: null } },
		queued: { sentAt: null, droppedAt: null, lastError: null }
	};
	const counts = new Map(announcementIds.map((id) => [id, { queued: 0, sent: 0, failed: 0, dropped: 0 }]));
	await Promise.all(
		(Object.keys(states) as (keyof typeof states)[]).map(async (state) => {
			const rows = await db.outboxMail.groupBy({
				by: ['announcementId'],
				where: { announcementId: { in: announcementIds }, ...states[state] },
				_count: { _all: true }
			});
			for (const row of rows) {
				const count = counts.get(row.announcementId ?? -1);
				if (count) count[state] = row._count._all;
			}
		})
	);
	return counts;
}

const announcementSelect = {
	id: true,
	subject: true,
	body: true,
	audience: true,
	isNews: true,
	sentBy: true,
	createdAt: true,
	session: { select: { id: true, title: true } }
} as const;

/** The edition's announcements, newest first, with where their mails are. */
export async function listAnnouncements(eventId: number) {
	const announcements = await db.announcement.findMany({
		where: { eventId },
		orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
		select: announcementSelect
	});
	const counts = await mailCounts(announcements.map(({ id }) => id));
	return announcements.map((announcement) => ({ ...announcement, mails: counts.get(announcement.id)! }));
}

export async function getAnnouncement(eventId: number, id: number) {
	const announcement = await db.announcement.findFirst({ where: { eventId, id }, select: announcementSelect });
	if (!announcement) return null;
	const counts = await mailCounts([id]);
	return { ...announcement, mails: counts.get(id)! };
}
