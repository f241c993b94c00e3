// The reminder the day before the summit: the ticket, when (in the summit's zone, named), where with the
// map link, and the person's sessions, whose calendar file rides along (render.ts attaches it).
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { intlLocale } from '$lib/i18n/locale';
import { attendeeStatusLabel } from '$lib/i18n/labels';
import { formatDate, formatTimeRange, zoneLabel } from '$lib/time';
import type { MailMessage } from '../transport';
import { blocksToHtml, blocksToText, type MailBlock } from './html';

export type RegistrantForReminder = {
	fullName: string;
	email: string;
	reference: string;
	event: {
		name: string;
		timeZone: string;
		startsAt: Date;
		endsAt: Date;
		venueName: string;
		venueAddress: string;
		venueDistrict: string;
		venueMapUrl: string | null;
	};
	sessions: { status: string; session: { title: string; startsAt: Date; endsAt: Date; status: string } }[];
};

/** What the person shows at the door: their reference (the check-in desk looks it up). */
function ticketBlocks(registrant: RegistrantForReminder, locale: Locale): MailBlock[] {
	return [{ paragraph: `${m.mail_reminder_ticket({}, { locale })}\n${registrant.reference}` }];
}

export function reminderMail(registrant: RegistrantForReminder, hasCalendar: boolean, locale: Locale): MailMessage {
	const { event } = registrant;
	const intl = intlLocale(locale);
	const zone = zoneLabel(event.timeZone);
	const when = `${formatDate(event.startsAt, event.timeZone, intl)}, ${formatTimeRange(event.startsAt, event.endsAt, event.timeZone, intl)} ${zone}`;
	const where = [event.venueName, ...event.venueAddress.split('\n'), event.venueDistrict]
		.map((line) => line.trim())
		.filter(Boolean)
		.join('\n');
	const sessions = registrant.sessions
		.filter(({ status, session }) => status !== 'cancelled' && session.status !== 'cancelled')
		.map(
			({ status, session }) =>
				`${formatTimeRange(session.startsAt, session.endsAt, event.timeZone, intl)} ${zone}: ${session.title} (${attendeeStatusLabel(status, { locale })})`
		);
	const subject = m.mail_reminder_subject({ name: event.name }, { locale });
	const blocks: MailBlock[] = [
		{ paragraph: m.mail_greeting({ name: registrant.fullName }, { locale }) },
		{ paragraph: m.mail_reminder_body({ name: event.name }, { locale }) },
		...ticketBlocks(registrant, locale),
		{ heading: m.mail_when({}, { locale }) },
		{ paragraph: when },
		{ heading: m.mail_reminder_where({}, { locale }) },
		{ paragraph: where },
		...(event.venueMapUrl ? [{ link: { label: m.mail_reminder_map({}, { locale }), href: event.venueMapUrl } }] : []),
		{ heading: m.mail_sessions({}, { locale }) },
		sessions.length > 0 ? { list: sessions } : { paragraph: m.mail_no_sessions({}, { locale }) },
		...(hasCalendar ? [{ paragraph: m.mail_reminder_calendar({}, { locale }) }] : []),
		{ paragraph: m.mail_sign_off({}, { locale }) }
	];
	return { to: registrant.email, subject, text: blocksToText(blocks), html: blocksToHtml(subject, blocks, locale) };
}
