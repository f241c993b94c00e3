// The mail that brings an invited organizer their private link, in the language of the admin who
// invited them (the drainer sends it outside any request, so the locale travels in the outbox row).
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { intlLocale } from '$lib/i18n/locale';
import { adminRoleLabel } from '$lib/i18n/labels';
import { formatDate, formatTime, zoneLabel } from '$lib/time';
import type { MailMessage } from '../transport';
import type { MailBlock } from './html';
import { composeMail, summitLayout } from './summit';

export type InvitationForMail = {
	email: string;
	name: string;
	role: string;
	expiresAt: Date;
	invitedBy: { name: string } | null;
	event: { name: string; timeZone: string; contactEmail: string | null };
};

export function invitationMail(invitation: InvitationForMail, link: string, locale: Locale): MailMessage {
	const { event } = invitation;
	const intl = intlLocale(locale);
	const expires = `${formatDate(invitation.expiresAt, event.timeZone, intl)} ${formatTime(invitation.expiresAt, event.timeZone, intl)} ${zoneLabel(event.timeZone, intl)}`;
	const role = adminRoleLabel(invitation.role, { locale });
	const subject = m.mail_invitation_subject({ name: event.name }, { locale });
	const lead = invitation.invitedBy
		? m.mail_invitation_body_by({ inviter: invitation.invitedBy.name, event: event.name, role }, { locale })
		: m.mail_invitation_body({ event: event.name, role }, { locale });
	const blocks: MailBlock[] = [
		{ paragraph: m.mail_greeting({ name: invitation.name }, { locale }) },
		{ paragraph: lead },
		{ button: { label: m.mail_invitation_button({}, { locale }), href: link } },
		{ paragraph: m.mail_invitation_expires({ time: expires }, { locale }) },
		{ paragraph: m.mail_sign_off({}, { locale }) }
	];
	return composeMail(invitation.email, subject, blocks, locale, summitLayout(event, lead, locale));
}
