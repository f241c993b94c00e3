// The notice a release of the programme sends to each attendee it affects: what changed in their
// sessions, the organizers' note, where to read every change, and (attached) their sessions as an .ics
// that updates the copies their calendar already has.
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { changeSentence } from '$lib/i18n/schedule-changes';
import { pageUrl } from '$lib/i18n/locale';
import type { MailAttachment, MailMessage } from '../transport';
import { settings } from '../../config';
import { NOTIFYING_KINDS, type ScheduleChange } from '../../releases/diff';
import type { MailBlock } from './html';
import { composeMail, summitLayout, type EventForMail } from './summit';

type Person = { fullName: string; email: string; event: EventForMail };
type Release = { version: string; note: string; changes: ScheduleChange[] };

/** null when nothing in the release concerns the person's sessions (any more). */
export function scheduleChangeMail(
	person: Person,
	release: Release,
	sessionIds: number[],
	options: { locale: Locale; calendar: MailAttachment | null }
): MailMessage | null {
	const { locale } = options;
	const theirs = new Set(sessionIds);
	const changes = release.changes.filter((change) => NOTIFYING_KINDS.has(change.kind) && theirs.has(change.session.id));
	if (changes.length === 0) return null;
	const { event } = person;
	const origin = settings().publicUrl;
	const pages = new Map(
		changes
			.filter((change) => change.kind !== 'removed')
			.map(({ session }) => [
				session.id,
				{ label: session.title, href: pageUrl(origin, `/agenda/${encodeURIComponent(session.slug)}`, locale) }
			])
	);
	const subject = m.mail_schedule_change_subject({ name: event.name }, { locale });
	const lead = m.mail_schedule_change_intro({ name: event.name, version: release.version }, { locale });
	const blocks: MailBlock[] = [
		{ paragraph: m.mail_greeting({ name: person.fullName }, { locale }) },
		{ paragraph: lead },
		{ list: changes.map((change) => changeSentence(change, { timeZone: event.timeZone, locale })) },
		...(release.note ? [{ paragraph: `${m.mail_schedule_change_note({}, { locale })}\n${release.note}` }] : []),
		...(options.calendar ? [{ paragraph: m.mail_calendar_updated_attached({}, { locale }) }] : []),
		...(pages.size > 0 ? [{ heading: m.mail_schedule_change_sessions({}, { locale }) }] : []),
		...[...pages.values()].map((link) => ({ link })),
		{ link: { label: m.mail_schedule_change_all({}, { locale }), href: `${origin}/agenda/changes` } },
		{ paragraph: m.mail_sign_off({}, { locale }) }
	];
	const attachments = options.calendar ? [options.calendar] : [];
	return composeMail(person.email, subject, blocks, locale, summitLayout(event, lead, locale), attachments);
}
