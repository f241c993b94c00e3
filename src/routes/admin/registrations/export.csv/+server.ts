import { organizerEdition } from '$lib/server/admin/edition';
import { toCsv } from '$lib/server/admin/csv';
import { recordExport } from '$lib/server/admin/registration-actions';
import { findRegistrations, listSessionsForFilter, parseRegistrationFilters } from '$lib/server/admin/registrations';
import { currentActor, requireRole } from '$lib/server/auth/guard';
import { ADMINS } from '$lib/server/auth/roles';
import { countryName } from '$lib/registration/countries';
import { m } from '$lib/paraglide/messages';
import { attendeeCategoryLabel, choiceStatusLabel, registrationStatusLabel } from '$lib/i18n/labels';
import { intlLocale } from '$lib/i18n/locale';
import { formatShortDate, formatTime, isoInZone } from '$lib/time';
import type { RequestHandler } from './$types';

// The registrations matching the list's filters, for Excel. Personal data: the export is audited.
export const GET: RequestHandler = async ({ url, cookies }) => {
	requireRole(ADMINS);
	const event = await organizerEdition({ cookies });
	const sessions = await listSessionsForFilter(event.id);
	const { page: _page, ...filters } = parseRegistrationFilters(
		url.searchParams,
		sessions.map((session) => session.id)
	);
	const rows = await findRegistrations(event.id, filters);
	await recordExport(currentActor(), rows.length, filters);

	const when = (instant: Date | null) =>
		instant ? isoInZone(instant, event.timeZone).slice(0, 16).replace('T', ' ') : '';
	const csv = toCsv(
		[
			m.admin_registrations_csv_reference(),
			m.admin_registrations_csv_status(),
			m.admin_registrations_csv_full_name(),
			m.admin_registrations_csv_email(),
			m.admin_registrations_csv_organisation(),
			m.admin_registrations_csv_job_title(),
			m.admin_registrations_csv_category(),
			m.admin_registrations_csv_country(),
			m.admin_registrations_csv_needs(),
			m.admin_registrations_csv_news_opt_in(),
			m.admin_registrations_csv_sessions(),
			m.admin_registrations_csv_registered_at(),
			m.admin_registrations_csv_checked_in_at()
		],
		rows.map((row) => [
			row.reference,
			registrationStatusLabel(row.status),
			row.fullName,
			row.email,
			row.organisation,
			row.jobTitle,
			attendeeCategoryLabel(row.category),
			countryName(row.country, intlLocale()),
			row.needs,
			row.newsOptIn ? m.admin_yes() : m.admin_no(),
			row.sessions.map((choice) => `${choice.session.title} (${choiceStatusLabel(choice.status)})`).join('; '),
			when(row.createdAt),
			when(row.checkedInAt)
		])
	);
	const stamp = `${formatShortDate(new Date(), event.timeZone).replace(/\s+/g, '-')}-${formatTime(new Date(), event.timeZone).replace(':', '')}`;
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="registrations-${stamp}.csv"`,
			'cache-control': 'private, no-store'
		}
	});
};
