// The audit log in words: one sentence per kind of action ("Moved “Opening” from 11:20 to 11:30."), the
// fields that changed with their names and values as people read them, instants in the summit's zone
// with the zone named. A kind this module does not know yet still reads as a sentence.
import { m } from '$lib/paraglide/messages';
import { adminRoleLabel } from './labels';
import { intlLocale } from './locale';
import { dateKey, formatShortDate, formatTime, zoneLabel } from '$lib/time';
import type { AuditField, DescribedAuditEntry } from '$lib/server/audit/describe';

type AuditValue = AuditField['after'];

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

const isInstant = (value: AuditValue): value is string => typeof value === 'string' && INSTANT.test(value);

/** "Mon 24 Jun 11:20 HKT" */
function instantText(iso: string, timeZone: string): string {
	const locale = intlLocale();
	return `${formatShortDate(iso, timeZone, locale)} ${formatTime(iso, timeZone, locale)} ${zoneLabel(timeZone, locale)}`;
}

/** A value as people read it: instants in the zone, yes/no, roles in words, a dash for nothing. */
export function auditValueText(field: string, value: AuditValue, timeZone: string): string {
	if (value === null || value === '') return '—';
	if (typeof value === 'boolean') return value ? m.admin_audit_yes() : m.admin_audit_no();
	if (isInstant(value)) return instantText(value, timeZone);
	if (field === 'role') return adminRoleLabel(String(value));
	return String(value);
}

const FIELD_LABELS: Record<string, () => string> = {
	title: m.admin_audit_field_title,
	abstract: m.admin_audit_field_abstract,
	kind: m.admin_audit_field_kind,
	startsAt: m.admin_audit_field_startsAt,
	endsAt: m.admin_audit_field_endsAt,
	roomId: m.admin_audit_field_roomId,
	trackId: m.admin_audit_field_trackId,
	capacity: m.admin_audit_field_capacity,
	speakers: m.admin_audit_field_speakers,
	status: m.admin_audit_field_status,
	revision: m.admin_audit_field_revision,
	attendeesTold: m.admin_audit_field_attendeesTold,
	slug: m.admin_audit_field_slug,
	eventId: m.admin_audit_field_eventId,
	name: m.admin_audit_field_name,
	honorific: m.admin_audit_field_honorific,
	roleTitle: m.admin_audit_field_roleTitle,
	organisationId: m.admin_audit_field_organisationId,
	bio: m.admin_audit_field_bio,
	featured: m.admin_audit_field_featured,
	isPlaceholder: m.admin_audit_field_isPlaceholder,
	displayOrder: m.admin_audit_field_displayOrder,
	photoUrl: m.admin_audit_field_photoUrl,
	links: m.admin_audit_field_links,
	order: m.admin_audit_field_order,
	email: m.admin_audit_field_email,
	category: m.admin_audit_field_category,
	sessions: m.admin_audit_field_sessions,
	checkedInAt: m.admin_audit_field_checkedInAt,
	role: m.admin_audit_field_role
};

/** A field's name in words; a field this module does not know shows as stored. */
export function auditFieldLabel(field: string): string {
	return Object.hasOwn(FIELD_LABELS, field) ? FIELD_LABELS[field]!() : field;
}

type Entry = Pick<DescribedAuditEntry, 'action' | 'entityType' | 'entityId' | 'summary' | 'fields' | 'moved'>;

const fieldOf = (entry: Entry, name: string) => entry.fields.find((field) => field.field === name);

/** "from 11:20 to 11:30 HKT" on one day; with the dates when the session changed day. */
function moveTimes(from: string, to: string, timeZone: string) {
	if (dateKey(from, timeZone) !== dateKey(to, timeZone))
		return { from: instantText(from, timeZone), to: instantText(to, timeZone) };
	const locale = intlLocale();
	return {
		from: formatTime(from, timeZone, locale),
		to: `${formatTime(to, timeZone, locale)} ${zoneLabel(timeZone, locale)}`
	};
}

/** What the organizer did, as one sentence. */
export function auditSentence(entry: Entry, timeZone: string): string {
	const title = entry.summary;
	const name = entry.summary;
	const reference = entry.entityId ?? '';
	const count = (field: string) => String(fieldOf(entry, field)?.after ?? 0);
	switch (entry.action) {
		case 'session.create':
			return m.admin_audit_sentence_session_create({ title });
		case 'session.update': {
			const starts = fieldOf(entry, 'startsAt');
			if (starts && isInstant(starts.before ?? null) && isInstant(starts.after))
				return m.admin_audit_sentence_session_moved({
					title,
					...moveTimes(starts.before as string, starts.after, timeZone)
				});
			return m.admin_audit_sentence_session_update({ title });
		}
		// Entries from before releases (attendeesTold): each cancellation mailed its attendees then.
		case 'session.cancel':
			return fieldOf(entry, 'attendeesTold')
				? m.admin_audit_sentence_session_cancel({ title, count: count('attendeesTold') })
				: m.admin_audit_sentence_session_cancel_unreleased({ title });
		case 'session.reinstate':
			return fieldOf(entry, 'attendeesTold')
				? m.admin_audit_sentence_session_reinstate({ title, count: count('attendeesTold') })
				: m.admin_audit_sentence_session_reinstate_unreleased({ title });
		case 'schedule.release':
			return m.admin_audit_sentence_schedule_release({ version: reference, count: count('notices') });
		case 'session.delete':
			return m.admin_audit_sentence_session_delete({ title });
		case 'announcement.send':
			return m.admin_audit_sentence_announcement_send({ subject: entry.summary, count: count('recipients') });
		case 'speaker.create':
			return m.admin_audit_sentence_speaker_create({ name });
		case 'speaker.update':
			return m.admin_audit_sentence_speaker_update({ name });
		case 'speaker.delete':
			return m.admin_audit_sentence_speaker_delete({ name });
		case 'speaker.reorder':
			return entry.moved
				? m.admin_audit_sentence_speaker_moved({
						name: entry.moved.name,
						place: String(entry.moved.place),
						of: String(entry.moved.of)
					})
				: m.admin_audit_sentence_speaker_reorder();
		case 'registration.add':
			return m.admin_audit_sentence_registration_add({ name, reference });
		case 'registration.cancel':
			return m.admin_audit_sentence_registration_cancel({ name, reference });
		case 'registration.promote':
			return m.admin_audit_sentence_registration_promote({ name, reference });
		case 'registration.promote-waitlist':
			return m.admin_audit_sentence_registration_promote_waitlist({ name, reference });
		case 'registration.export':
			return m.admin_audit_sentence_registration_export({ count: entry.summary || '0' });
		case 'registration.check-in':
			return m.admin_audit_sentence_registration_check_in({ name, reference });
		case 'registration.undo-check-in':
			return m.admin_audit_sentence_registration_undo_check_in({ name, reference });
		case 'user.invite':
			return m.admin_audit_sentence_user_invite({
				name,
				email: reference,
				role: adminRoleLabel(String(fieldOf(entry, 'role')?.after ?? ''))
			});
		case 'user.revoke-invitation':
			return m.admin_audit_sentence_user_revoke_invitation({ name, email: reference });
		case 'user.accept-invitation':
			return m.admin_audit_sentence_user_accept_invitation({ name });
		case 'user.change-password':
			return m.admin_audit_sentence_user_change_password({ name });
		case 'user.change-role': {
			const role = fieldOf(entry, 'role');
			return m.admin_audit_sentence_user_change_role({
				name,
				from: adminRoleLabel(String(role?.before ?? '')),
				to: adminRoleLabel(String(role?.after ?? ''))
			});
		}
		case 'user.remove':
			return m.admin_audit_sentence_user_remove({ name });
		case 'auth.sign-in':
			return m.admin_audit_sentence_auth_sign_in();
		case 'auth.sign-out':
			return m.admin_audit_sentence_auth_sign_out();
		default:
			return m.admin_audit_sentence_unknown({
				action: entry.action,
				type: entry.entityType,
				subject: entry.summary || entry.entityId || '—'
			});
	}
}
