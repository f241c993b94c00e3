// Turns an outbox row into the message to send, from its kind, its payload and the registration now.
// Only reads: seats are decided before a mail is drained (the drainer waits for undecided choices).
import { z } from 'zod';
import { pageUrl, storedLocale } from '$lib/i18n/locale';
import { localizeRecord } from '../content/localize';
import { db } from '../db';
import type { MailMessage } from './transport';
import { settings } from '../config';
import {
	confirmationMail,
	linkMail,
	promotionMail,
	reminderMail,
	sessionPromotionMail,
	sessionStatusMail
} from './templates/registration';
import { invitationMail } from './templates/invitation';
import { ticketFor } from './templates/ticket';
import { batchReads, directReads, type ProgrammeReads } from '../calendar/programme-reads';
import { scheduleChangeMail } from './templates/schedule-change';
import { getRelease, noticePayload, SCHEDULE_CHANGE_MAIL } from '../releases/notice';
import { announcementMail } from './templates/announcement';
import { personalFeedUrl, registrationCalendarAttachment, registrationChoices } from '../calendar/personal';
import { getCurrentEvent } from '../agenda/event';

// Older rows also carry the origin of the request that queued them; links use the configured public URL.
const linkPayload = z.object({ token: z.string() });
const sessionPayload = z.object({ sessionId: z.number() });
const invitationPayload = z.object({ token: z.string(), locale: z.string() });

type OutboxRow = {
	kind: string;
	payload: string;
	registrationId: number | null;
	invitationId?: number | null;
	releaseId?: number | null;
	announcementId?: number | null;
};

/** An organizer's invitation, while it is still open (a revoked one takes its mail with it). */
async function renderInvitation(invitationId: number, payload: unknown): Promise<MailMessage | null> {
	const invitation = await db.invitation.findUnique({
		where: { id: invitationId },
		select: {
			email: true,
			name: true,
			role: true,
			expiresAt: true,
			acceptedAt: true,
			invitedBy: { select: { name: true } }
		}
	});
	if (!invitation || invitation.acceptedAt || invitation.expiresAt <= new Date()) return null;
	const { token, locale: tag } = invitationPayload.parse(payload);
	const locale = storedLocale(tag);
	const event = await getCurrentEvent();
	return invitationMail(
		{ ...invitation, event: { name: event.name, timeZone: event.timeZone, contactEmail: event.contactEmail } },
		pageUrl(settings().publicUrl, `/admin/invite/${token}`, locale),
		locale
	);
}

/** What a mail shows of its registrant: the calendar's fields, the name, the reference, the sessions. */
const mailRegistration = {
	...registrationChoices,
	fullName: true,
	email: true,
	reference: true,
	sessions: {
		orderBy: { session: { startsAt: 'asc' } },
		select: {
			...registrationChoices.sessions.select,
			session: {
				select: { id: true, title: true, startsAt: true, endsAt: true, status: true, translations: true }
			}
		}
	}
} as const;

const readRegistrations = (ids: number[]) =>
	db.registration.findMany({ where: { id: { in: ids } }, select: mailRegistration });
type MailRegistration = Awaited<ReturnType<typeof readRegistrations>>[number];

/** The programme's reads (calendar/programme-reads.ts) and the registrant's. */
export type MailReads = ProgrammeReads & { registration: (id: number) => Promise<MailRegistration | null> };

const directMailReads: MailReads = {
	...directReads,
	registration: async (id) => (await readRegistrations([id]))[0] ?? null
};

/**
 * Reads shared by a batch of mails (mail/outbox.ts): the programme once, and the batch's registrations in
 * one query (three with their sessions) instead of three per mail. Read on first use, after the claim.
 */
export function batchMailReads(registrationIds: number[]): MailReads {
	let registrations: Promise<Map<number, MailRegistration>> | null = null;
	return {
		...batchReads(),
		registration: async (id) => {
			registrations ??= readRegistrations(registrationIds).then((rows) => new Map(rows.map((row) => [row.id, row])));
			return (await registrations).get(id) ?? null;
		}
	};
}

/**
 * null: nothing can be sent any more (the registration was erased, or the kind is unknown). `reads` shares
 * the edition, its sessions and the registrants among a batch's mails (batchMailReads).
 */
export async function renderOutboxMail(
	mail: OutboxRow,
	reads: MailReads = directMailReads
): Promise<MailMessage | null> {
	if (mail.kind === 'organizer-invitation')
		return mail.invitationId ? renderInvitation(mail.invitationId, JSON.parse(mail.payload)) : null;
	if (mail.registrationId === null) return null;
	const stored = await reads.registration(mail.registrationId);
	const event = stored && (await reads.event(stored.eventId));
	if (!stored || !event) return null;
	const payload: unknown = JSON.parse(mail.payload);
	// Sent by the drainer, outside any request: in the language the person registered in, the summit's
	// and the sessions' names too (content/localize.ts).
	const locale = storedLocale(stored.locale);
	const registrant = {
		...stored,
		event: localizeRecord(event, ['name', 'venueName', 'venueAddress', 'venueDistrict'], locale),
		sessions: stored.sessions.map(({ session, ...choice }) => ({
			...choice,
			session: localizeRecord(session, ['title'], locale)
		}))
	};
	// The person's sessions as they are now: a calendar that imported an earlier file replaces its copies
	// (same UIDs, higher SEQUENCE), so a promotion drops "(waitlist)" and a cancellation clears the event.
	const calendar = () => registrationCalendarAttachment(stored, { origin: settings().publicUrl, reads });
	switch (mail.kind) {
		case 'registration-confirmation': {
			const link = linkPayload.parse(payload);
			const attachment = await calendar();
			// The subscription goes with the sessions: the feed's own read-only token, never the link's.
			const feedUrl = attachment ? await personalFeedUrl(link.token, settings().publicUrl) : null;
			const ticket = await ticketFor(registrant, locale);
			return confirmationMail(registrant, link, { feedUrl, calendar: attachment, ticket }, locale);
		}
		case 'registration-link':
			return linkMail(registrant, linkPayload.parse(payload), locale);
		case 'waitlist-promotion':
			return promotionMail(
				registrant,
				{ calendar: await calendar(), ticket: await ticketFor(registrant, locale) },
				locale
			);
		case 'session-promotion':
			return sessionPromotionMail(
				registrant,
				sessionPayload.parse(payload).sessionId,
				{ calendar: await calendar() },
				locale
			);
		// Queued per edit before releases existed; rows still waiting are sent as they were meant.
		case 'session-cancelled':
		case 'session-reinstated': {
			const change = mail.kind === 'session-cancelled' ? 'cancelled' : 'reinstated';
			const { sessionId } = sessionPayload.parse(payload);
			return sessionStatusMail(registrant, sessionId, change, { calendar: await calendar() }, locale);
		}
		case SCHEDULE_CHANGE_MAIL: {
			const release = mail.releaseId ? await getRelease(mail.releaseId) : null;
			if (!release) return null;
			const { sessionIds } = noticePayload.parse(payload);
			return scheduleChangeMail(registrant, release, sessionIds, { locale, calendar: await calendar() });
		}
		case 'announcement': {
			const announcement = mail.announcementId
				? await db.announcement.findUnique({
						where: { id: mail.announcementId },
						select: { subject: true, body: true, isNews: true }
					})
				: null;
			return announcement && registrant.status !== 'cancelled'
				? announcementMail(announcement, registrant, registrant.event, locale)
				: null;
		}
		case 'reminder':
			return registrant.status === 'confirmed'
				? reminderMail(registrant, { calendar: await calendar(), ticket: await ticketFor(registrant, locale) }, locale)
				: null;
		default:
			return null;
	}
}
