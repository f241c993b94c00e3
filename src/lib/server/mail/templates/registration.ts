// The mails a registrant receives, rendered when they are sent so they show the registration as it is,
// in the language given: the drainer sends them outside any request, so no message may guess it.
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { intlLocale, pageUrl } from '$lib/i18n/locale';
import { attendeeStatusLabel } from '$lib/i18n/labels';
import { formatTimeRange, zoneLabel } from '$lib/time';
import type { MailAttachment, MailMessage } from '../transport';
import { settings } from '../../config';
import type { MailBlock } from './html';
import type { MailTicket } from './ticket';
import { calendarAttachmentNote, composeMail, eventDetails, summitLayout, whenText, type EventForMail } from './summit';

export type RegistrantForMail = {
	fullName: string;
	email: string;
	reference: string;
	status: string;
	event: EventForMail;
	sessions: { status: string; session: { id: number; title: string; startsAt: Date; endsAt: Date; status: string } }[];
};

/** When and where, the person's status, and their reference unless a ticket block shows it already. */
function summitBlock(registrant: RegistrantForMail, locale: Locale, withReference: boolean): MailBlock {
	return {
		details: [
			...eventDetails(registrant.event, locale),
			[m.mail_status({}, { locale }), attendeeStatusLabel(registrant.status, { locale })],
			...(withReference ? [[m.mail_reference({}, { locale }), registrant.reference] as [string, string]] : [])
		]
	};
}

function sessionBlocks(registrant: RegistrantForMail, locale: Locale): MailBlock[] {
	const chosen = registrant.sessions.filter((choice) => choice.status !== 'cancelled');
	const { timeZone } = registrant.event;
	const list = chosen.map(({ status, session }) => {
		const cancelled = session.status === 'cancelled' ? ` — ${m.status_cancelled({}, { locale })}` : '';
		const intl = intlLocale(locale);
		const range = formatTimeRange(session.startsAt, session.endsAt, timeZone, intl);
		return `${range} ${zoneLabel(timeZone, intl)}: ${session.title} (${attendeeStatusLabel(status, { locale })})${cancelled}`;
	});
	return [
		{ heading: m.mail_sessions({}, { locale }) },
		list.length > 0 ? { list } : { paragraph: m.mail_no_sessions({}, { locale }) }
	];
}

/** The mail's main sentence doubles as the preview line inboxes show under the subject. */
function message(
	registrant: RegistrantForMail,
	subject: string,
	lead: string,
	blocks: MailBlock[],
	locale: Locale,
	attachments: MailAttachment[] = []
): MailMessage {
	return composeMail(
		registrant.email,
		subject,
		[greeting(registrant, locale), { paragraph: lead }, ...blocks, signOff(locale)],
		locale,
		summitLayout(registrant.event, lead, locale),
		attachments
	);
}

function myPageButton(token: string, locale: Locale): MailBlock {
	return {
		button: {
			label: m.mail_my_page_button({}, { locale }),
			href: pageUrl(settings().publicUrl, `/my/${token}`, locale)
		}
	};
}

const greeting = (registrant: RegistrantForMail, locale: Locale): MailBlock => ({
	paragraph: m.mail_greeting({ name: registrant.fullName }, { locale })
});
const signOff = (locale: Locale): MailBlock => ({ paragraph: m.mail_sign_off({}, { locale }) });

export type ConfirmationExtras = {
	/** The person's calendar subscription, when they have sessions to put in it. */
	feedUrl: string | null;
	/** Their sessions as an .ics file, when they chose any. */
	calendar: MailAttachment | null;
	/** Their ticket, when their seat is confirmed (templates/ticket.ts). */
	ticket: MailTicket | null;
};

export function confirmationMail(
	registrant: RegistrantForMail,
	link: { token: string },
	{ feedUrl, calendar, ticket }: ConfirmationExtras,
	locale: Locale
): MailMessage {
	const intro =
		registrant.status === 'waitlisted'
			? m.mail_confirmation_waitlisted({}, { locale })
			: m.mail_confirmation_confirmed({}, { locale });
	return message(
		registrant,
		m.mail_confirmation_subject({ name: registrant.event.name }, { locale }),
		intro,
		[
			...(ticket ? [ticket.block] : []),
			summitBlock(registrant, locale, !ticket),
			myPageButton(link.token, locale),
			{ paragraph: m.mail_my_page_body({}, { locale }) },
			...sessionBlocks(registrant, locale),
			...(calendar ? [calendarAttachmentNote(locale)] : []),
			...(feedUrl ? [{ link: { label: m.mail_calendar_feed({}, { locale }), href: feedUrl } }] : [])
		],
		locale,
		[...(ticket ? [ticket.attachment] : []), ...(calendar ? [calendar] : [])]
	);
}

export function linkMail(registrant: RegistrantForMail, link: { token: string }, locale: Locale): MailMessage {
	return message(
		registrant,
		m.mail_link_subject({ name: registrant.event.name }, { locale }),
		m.mail_link_body({}, { locale }),
		[myPageButton(link.token, locale), summitBlock(registrant, locale, true)],
		locale
	);
}

/**
 * What a mail about a change carries: the person's sessions as an .ics whose UIDs and SEQUENCE update the
 * copies their calendar already has, and, for a seat just confirmed, their ticket.
 */
export type UpdateExtras = { calendar: MailAttachment | null; ticket?: MailTicket | null };

const updatedCalendarNote = ({ calendar }: UpdateExtras, locale: Locale): MailBlock[] =>
	calendar ? [{ paragraph: m.mail_calendar_updated_attached({}, { locale }) }] : [];

const updateAttachments = ({ calendar, ticket }: UpdateExtras): MailAttachment[] => [
	...(ticket ? [ticket.attachment] : []),
	...(calendar ? [calendar] : [])
];

/** A mail that gives the person their ticket (when their seat is confirmed), the summit, their sessions and their calendar. */
function ticketMail(
	registrant: RegistrantForMail,
	subject: string,
	lead: string,
	extras: UpdateExtras,
	calendarNote: MailBlock[],
	locale: Locale
): MailMessage {
	return message(
		registrant,
		subject,
		lead,
		[
			...(extras.ticket ? [extras.ticket.block] : []),
			summitBlock(registrant, locale, !extras.ticket),
			...sessionBlocks(registrant, locale),
			...calendarNote
		],
		locale,
		updateAttachments(extras)
	);
}

export function promotionMail(registrant: RegistrantForMail, extras: UpdateExtras, locale: Locale): MailMessage {
	const { name } = registrant.event;
	return ticketMail(
		registrant,
		m.mail_promotion_subject({ name }, { locale }),
		m.mail_promotion_body({}, { locale }),
		extras,
		updatedCalendarNote(extras, locale),
		locale
	);
}

/** The day before the summit (agenda/reminders.ts queues it): the ticket, when and where, their sessions. */
export function reminderMail(registrant: RegistrantForMail, extras: UpdateExtras, locale: Locale): MailMessage {
	const { name } = registrant.event;
	return ticketMail(
		registrant,
		m.mail_reminder_subject({ name }, { locale }),
		m.mail_reminder_body({ name }, { locale }),
		extras,
		extras.calendar ? [calendarAttachmentNote(locale)] : [],
		locale
	);
}

export function sessionPromotionMail(
	registrant: RegistrantForMail,
	sessionId: number,
	extras: UpdateExtras,
	locale: Locale
): MailMessage | null {
	const choice = registrant.sessions.find(({ session }) => session.id === sessionId);
	if (!choice) return null;
	const { session } = choice;
	return message(
		registrant,
		m.mail_session_promotion_subject({ title: session.title }, { locale }),
		m.mail_session_promotion_body({ title: session.title }, { locale }),
		[
			sessionWhen(registrant, session, locale),
			...sessionBlocks(registrant, locale),
			...updatedCalendarNote(extras, locale)
		],
		locale,
		updateAttachments(extras)
	);
}

function sessionWhen(
	registrant: RegistrantForMail,
	session: { startsAt: Date; endsAt: Date },
	locale: Locale
): MailBlock {
	return {
		details: [
			[m.mail_when({}, { locale }), whenText(registrant.event, session.startsAt, session.endsAt, locale)],
			...eventDetails(registrant.event, locale).slice(1)
		]
	};
}

/** The programme changed under a session the person chose: cancelled, or back on. */
export function sessionStatusMail(
	registrant: RegistrantForMail,
	sessionId: number,
	change: 'cancelled' | 'reinstated',
	extras: UpdateExtras,
	locale: Locale
): MailMessage | null {
	const choice = registrant.sessions.find(({ session }) => session.id === sessionId);
	if (!choice) return null;
	const { session } = choice;
	const { title } = session;
	const cancelled = change === 'cancelled';
	return message(
		registrant,
		cancelled
			? m.mail_session_cancelled_subject({ title }, { locale })
			: m.mail_session_reinstated_subject({ title }, { locale }),
		cancelled
			? m.mail_session_cancelled_body({ title }, { locale })
			: m.mail_session_reinstated_body({ title }, { locale }),
		[sessionWhen(registrant, session, locale), ...updatedCalendarNote(extras, locale)],
		locale,
		updateAttachments(extras)
	);
}
