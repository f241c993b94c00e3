// The words for an announcement's audience, on the list, the form and the announcement's page.
import { m } from '$lib/paraglide/messages';

const labels: Record<string, () => string> = {
	confirmed: m.admin_announcements_audience_confirmed,
	waitlisted: m.admin_announcements_audience_waitlisted,
	session: m.admin_announcements_audience_session,
	'checked-in': m.admin_announcements_audience_checked_in,
	everyone: m.admin_announcements_audience_everyone
};

export function audienceLabel(audience: string, session?: { title: string } | null): string {
	const label = labels[audience]?.() ?? audience;
	return audience === 'session' && session ? `${label}: ${session.title}` : label;
}

/** The choices in the form's order (AUDIENCES in admin/announcements.ts). */
export const AUDIENCE_CHOICES = ['confirmed', 'waitlisted', 'session', 'checked-in', 'everyone'] as const;
