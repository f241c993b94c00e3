// What every mail says about the summit, from its Event row only: its name on top, when and where it is
// (with the map link when the organizers gave one), and whom to write to. Nothing here is made up.
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { intlLocale } from '$lib/i18n/locale';
import { dateKey, formatDate, formatTime, formatTimeRange, zoneLabel } from '$lib/time';
import type { MailAttachment, MailMessage } from '../transport';
import { blocksToHtml, blocksToText, type MailBlock, type MailLayout } from './html';
import type { SummitEvent } from '../../agenda/event';

export type EventForMail = Pick<
	SummitEvent,
	| 'name'
	| 'timeZone'
	| 'startsAt'
	| 'endsAt'
	| 'venueName'
	| 'venueAddress'
	| 'venueDistrict'
	| 'venueMapUrl'
	| 'contactEmail'
>;

/** "Monday, 24 June 2024, 09:00–17:30 HKT", the zone always named; both dates when they differ. */
export function whenText(event: { timeZone: string }, start: Date, end: Date, locale: Locale): string {
	const intl = intlLocale(locale);
	const zone = zoneLabel(event.timeZone, intl);
	if (dateKey(start, event.timeZone) === dateKey(end, event.timeZone))
		return `${formatDate(start, event.timeZone, intl)}, ${formatTimeRange(start, end, event.timeZone, intl)} ${zone}`;
	return `${formatDate(start, event.timeZone, intl)}, ${formatTime(start, event.timeZone, intl)} – ${formatDate(end, event.timeZone, intl)}, ${formatTime(end, event.timeZone, intl)} ${zone}`;
}

/** The venue as the footer of the site writes it: name, address lines, district. */
export function venueText(event: Pick<EventForMail, 'venueName' | 'venueAddress' | 'venueDistrict'>): string {
	return [event.venueName, ...event.venueAddress.split('\n'), event.venueDistrict]
		.map((line) => line.trim())
		.filter(Boolean)
		.join('\n');
}

/** When and where, with the map link when the event has one. */
export function eventDetails(
	event: EventForMail,
	locale: Locale
): [string, string | { href: string; label: string }][] {
	return [
		[m.mail_when({}, { locale }), whenText(event, event.startsAt, event.endsAt, locale)],
		[m.mail_where({}, { locale }), venueText(event)],
		...(event.venueMapUrl
			? [[m.mail_map({}, { locale }), { href: event.venueMapUrl, label: m.mail_map_link({}, { locale }) }] as const]
			: [])
	] as [string, string | { href: string; label: string }][];
}

/** The frame: the summit's name, the inbox preview line, and the organizers' address when there is one. */
export function summitLayout(
	event: { name: string; contactEmail: string | null },
	preheader: string,
	locale: Locale
): MailLayout {
	const footer: MailBlock[] = event.contactEmail
		? [
				{
					details: [
						[m.mail_contact({}, { locale }), { href: `mailto:${event.contactEmail}`, label: event.contactEmail }]
					]
				}
			]
		: [];
	return { summitName: event.name, preheader, footer };
}

/** Said in the body whenever a calendar file goes with the mail. */
export function calendarAttachmentNote(locale: Locale): MailBlock {
	return { paragraph: m.mail_calendar_attached({}, { locale }) };
}

/** One message, its HTML and plain-text parts from the same blocks. */
export function composeMail(
	to: string,
	subject: string,
	blocks: MailBlock[],
	locale: Locale,
	layout: MailLayout,
	attachments: MailAttachment[] = []
): MailMessage {
	return {
		to,
		subject,
		text: blocksToText(blocks, layout),
		html: blocksToHtml(subject, blocks, locale, layout),
		...(attachments.length > 0 ? { attachments } : {})
	};
}
