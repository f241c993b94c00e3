// The mails a registrant receives, rendered when they are sent so they show the registration as it is.
import { m } from '$lib/i18n';
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

function when(event: RegistrantForMail['event'], start: Date, end: Date): string {
	return `${formatDate(start, event.timeZone, m.locale)}, ${formatTimeRange(start, end, event.timeZone, m.locale)} ${zoneLabel(event.timeZone)}`;
}

function summitBlocks(registrant: RegistrantForMail): MailBlock[] {
	const { event } = registrant;
	return [
		{ paragraph: `${event.name}\n${when(event, event.startsAt, event.endsAt)}\n${event.venueName}, ${event.venueAddress}` },
		{ paragraph: `${m.mail.reference}: ${registrant.reference}\n${m.mail.status}: ${m.my.status[registrant.status] ?? registrant.status}` }
	];
}

function sessionBlocks(registrant: RegistrantForMail): MailBlock[] {
	const chosen = registrant.sessions.filter((choice) => choice.status !== 'cancelled');
	const list = chosen.map(({ status, session }) => {
		const cancelled = session.status === 'cancelled' ? ` — ${m.status.cancelled}` : '';
		return `${formatTimeRange(session.startsAt, session.endsAt, registrant.event.timeZone, m.locale)} ${zoneLabel(registrant.event.timeZone)}: ${session.title} (${m.my.status[status] ?? status})${cancelled}`;
	});
	return [{ heading: m.mail.sessions }, list.length > 0 ? { list } : { paragraph: m.mail.noSessions }];
}

function message(to: string, subject: string, blocks: MailBlock[]): MailMessage {
	return { to, subject, text: blocksToText(blocks), html: blocksToHtml(subject, blocks) };
}

function privateLink(token: string): MailBlock {
	return { link: { label: m.mail.privateLink, href: `${settings().publicUrl}/my/${token}` } };
}

/** feedUrl: the person's calendar subscription, when they have sessions to put in it. */
export function confirmationMail(registrant: RegistrantForMail, link: { token: string }, feedUrl: string | null = null): MailMessage {
	const intro = registrant.status === 'waitlisted' ? m.mail.confirmationWaitlisted : m.mail.confirmationConfirmed;
	return message(registrant.email, m.mail.confirmationSubject(registrant.event.name), [
		{ paragraph: m.mail.greeting(registrant.fullName) },
		{ paragraph: intro },
		...summitBlocks(registrant),
		...sessionBlocks(registrant),
		privateLink(link.token),
		...(feedUrl ? [{ link: { label: m.mail.calendarFeed, href: feedUrl } }] : []),
		{ paragraph: m.mail.signOff }
	]);
}

export function linkMail(registrant: RegistrantForMail, link: { token: string }): MailMessage {
	return message(registrant.email, m.mail.linkSubject(registrant.event.name), [
		{ paragraph: m.mail.greeting(registrant.fullName) },
		{ paragraph: m.mail.linkBody },
		privateLink(link.token),
		...summitBlocks(registrant),
		{ paragraph: m.mail.signOff }
	]);
}

export function promotionMail(registrant: RegistrantForMail): MailMessage {
	return message(registrant.email, m.mail.promotionSubject(registrant.event.name), [
		{ paragraph: m.mail.greeting(registrant.fullName) },
		{ paragraph: m.mail.promotionBody },
		...summitBlocks(registrant),
		...sessionBlocks(registrant),
		{ paragraph: m.mail.signOff }
	]);
}

export function sessionPromotionMail(registrant: RegistrantForMail, sessionId: number): MailMessage | null {
	const choice = registrant.sessions.find(({ session }) => session.id === sessionId);
	if (!choice) return null;
	const { session } = choice;
	return message(registrant.email, m.mail.sessionPromotionSubject(session.title), [
		{ paragraph: m.mail.greeting(registrant.fullName) },
		{ paragraph: m.mail.sessionPromotionBody(session.title) },
		{ paragraph: `${m.mail.when}: ${when(registrant.event, session.startsAt, session.endsAt)}` },
		...sessionBlocks(registrant),
		{ paragraph: m.mail.signOff }
	]);
}

/** The programme changed under a session the person chose: cancelled, or back on. */
export function sessionStatusMail(registrant: RegistrantForMail, sessionId: number, change: 'cancelled' | 'reinstated'): MailMessage | null {
	const choice = registrant.sessions.find(({ session }) => session.id === sessionId);
	if (!choice) return null;
	const { session } = choice;
	const cancelled = change === 'cancelled';
	return message(registrant.email, (cancelled ? m.mail.sessionCancelledSubject : m.mail.sessionReinstatedSubject)(session.title), [
		{ paragraph: m.mail.greeting(registrant.fullName) },
		{ paragraph: (cancelled ? m.mail.sessionCancelledBody : m.mail.sessionReinstatedBody)(session.title) },
		{ paragraph: `${m.mail.when}: ${when(registrant.event, session.startsAt, session.endsAt)}` },
		{ paragraph: m.mail.signOff }
	]);
}
