// The mails a registrant receives, rendered when they are sent so they show the registration as it is,
// in the language given: the drainer sends them outside any request, so no message may guess it.
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { intlLocale } from '$lib/i18n/locale';
import { attendeeStatusLabel } from '$lib/i18n/labels';
import { formatDate, formatTimeRange, zoneLabel } from '$lib/time';
import type { MailMessage } from '../transport';
import { settings } from '../../config';
import { blocksToHtml, blocksToText, type MailBlock } from './html';

export type RegistrantForMail = {
	fullName: string;
	email: string;
	reference: string;
	status: string;
	event: { name: string; timeZone: string; startsAt: Date; endsAt: Date; venueName: string; venueAddress: string };
	sessions: { status: string; session: { id: number; title: string; startsAt: Date; endsAt: Date; status: string } }[];
};

function when(event: RegistrantForMail['event'], start: Date, end: Date, locale: Locale): string {
	const intl = intlLocale(locale);
	return `${formatDate(start, event.timeZone, intl)}, ${formatTimeRange(start, end, event.timeZone, intl)} ${zoneLabel(event.timeZone)}`;
}

function summitBlocks(registrant: RegistrantForMail, locale: Locale): MailBlock[] {
	const { event } = registrant;
	return [
		{
			paragraph: `${event.name}\n${when(event, event.startsAt, event.endsAt, locale)}\n${event.venueName}, ${event.venueAddress}`
		},
		{
			paragraph: `${m.mail_reference({}, { locale })}: ${registrant.reference}\n${m.mail_status({}, { locale })}: ${attendeeStatusLabel(registrant.status, { locale })}`
		}
	];
}

function sessionBlocks(registrant: RegistrantForMail, locale: Locale): MailBlock[] {
	const chosen = registrant.sessions.filter((choice) => choice.status !== 'cancelled');
	const { timeZone } = registrant.event;
	const list = chosen.map(({ status, session }) => {
		const cancelled = session.status === 'cancelled' ? ` — ${m.status_cancelled({}, { locale })}` : '';
		const range = formatTimeRange(session.startsAt, session.endsAt, timeZone, intlLocale(locale));
		return `${range} ${zoneLabel(timeZone)}: ${session.title} (${attendeeStatusLabel(status, { locale })})${cancelled}`;
	});
	return [
		{ heading: m.mail_sessions({}, { locale }) },
		list.length > 0 ? { list } : { paragraph: m.mail_no_sessions({}, { locale }) }
	];
}

function message(to: string, subject: string, blocks: MailBlock[], locale: Locale): MailMessage {
	return { to, subject, text: blocksToText(blocks), html: blocksToHtml(subject, blocks, locale) };
}

function privateLink(token: string, locale: Locale): MailBlock {
	return { link: { label: m.mail_private_link({}, { locale }), href: `${settings().publicUrl}/my/${token}` } };
}

const greeting = (registrant: RegistrantForMail, locale: Locale): MailBlock => ({
	paragraph: m.mail_greeting({ name: registrant.fullName }, { locale })
});
const signOff = (locale: Locale): MailBlock => ({ paragraph: m.mail_sign_off({}, { locale }) });

/** feedUrl: the person's calendar subscription, when they have sessions to put in it. */
export function confirmationMail(
	registrant: RegistrantForMail,
	link: { token: string },
	feedUrl: string | null,
	locale: Locale
): MailMessage {
	const intro =
		registrant.status === 'waitlisted'
			? m.mail_confirmation_waitlisted({}, { locale })
			: m.mail_confirmation_confirmed({}, { locale });
	return message(
		registrant.email,
		m.mail_confirmation_subject({ name: registrant.event.name }, { locale }),
		[
			greeting(registrant, locale),
			{ paragraph: intro },
			...summitBlocks(registrant, locale),
			...sessionBlocks(registrant, locale),
			privateLink(link.token, locale),
			...(feedUrl ? [{ link: { label: m.mail_calendar_feed({}, { locale }), href: feedUrl } }] : []),
			signOff(locale)
		],
		locale
	);
}

export function linkMail(registrant: RegistrantForMail, link: { token: string }, locale: Locale): MailMessage {
	return message(
		registrant.email,
		m.mail_link_subject({ name: registrant.event.name }, { locale }),
		[
			greeting(registrant, locale),
			{ paragraph: m.mail_link_body({}, { locale }) },
			privateLink(link.token, locale),
			...summitBlocks(registrant, locale),
			signOff(locale)
		],
		locale
	);
}

export function promotionMail(registrant: RegistrantForMail, locale: Locale): MailMessage {
	return message(
		registrant.email,
		m.mail_promotion_subject({ name: registrant.event.name }, { locale }),
		[
			greeting(registrant, locale),
			{ paragraph: m.mail_promotion_body({}, { locale }) },
			...summitBlocks(registrant, locale),
			...sessionBlocks(registrant, locale),
			signOff(locale)
		],
		locale
	);
}

export function sessionPromotionMail(
	registrant: RegistrantForMail,
	sessionId: number,
	locale: Locale
): MailMessage | null {
	const choice = registrant.sessions.find(({ session }) => session.id === sessionId);
	if (!choice) return null;
	const { session } = choice;
	return message(
		registrant.email,
		m.mail_session_promotion_subject({ title: session.title }, { locale }),
		[
			greeting(registrant, locale),
			{ paragraph: m.mail_session_promotion_body({ title: session.title }, { locale }) },
			{
				paragraph: `${m.mail_when({}, { locale })}: ${when(registrant.event, session.startsAt, session.endsAt, locale)}`
			},
			...sessionBlocks(registrant, locale),
			signOff(locale)
		],
		locale
	);
}

/** The programme changed under a session the person chose: cancelled, or back on. */
export function sessionStatusMail(
	registrant: RegistrantForMail,
	sessionId: number,
	change: 'cancelled' | 'reinstated',
	locale: Locale
): MailMessage | null {
	const choice = registrant.sessions.find(({ session }) => session.id === sessionId);
	if (!choice) return null;
	const { session } = choice;
	const { title } = session;
	const cancelled = change === 'cancelled';
	return message(
		registrant.email,
		cancelled
			? m.mail_session_cancelled_subject({ title }, { locale })
			: m.mail_session_reinstated_subject({ title }, { locale }),
		[
			greeting(registrant, locale),
			{
				paragraph: cancelled
					? m.mail_session_cancelled_body({ title }, { locale })
					: m.mail_session_reinstated_body({ title }, { locale })
			},
			{
				paragraph: `${m.mail_when({}, { locale })}: ${when(registrant.event, session.startsAt, session.endsAt, locale)}`
			},
			signOff(locale)
		],
		locale
	);
}
