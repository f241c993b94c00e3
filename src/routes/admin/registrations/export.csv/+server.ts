import { getCurrentEvent } from '$lib/server/agenda/event';
import { toCsv } from '$lib/server/admin/csv';
import { recordExport } from '$lib/server/admin/registration-actions';
import { findRegistrations, listSessionsForFilter, parseRegistrationFilters } from '$lib/server/admin/registrations';
import { currentActor, requireRole } from '$lib/server/auth/guard';
import { ADMINS } from '$lib/server/auth/roles';
import { countryName } from '$lib/registration/countries';
import { m } from '$lib/i18n';
import { formatShortDate, formatTime, isoInZone } from '$lib/time';
import type { RequestHandler } from './$types';

// The registrations matching the list's filters, for Excel. Personal data: the export is audited.
export const GET: RequestHandler = async ({ url }) => {
	requireRole(ADMINS);
	const event = await getCurrentEvent();
	const sessions = await listSessionsForFilter(event.id);
	const { page: _page, ...filters } = parseRegistrationFilters(url.searchParams, sessions.map((session) => session.id));
	const rows = await findRegistrations(event.id, filters);
	await recordExport(currentActor(), rows.length, filters);

	const c = m.admin.registrations.csv;
	const when = (instant: Date | null) => (instant ? isoInZone(instant, event.timeZone).slice(0, 16).replace('T', ' ') : '');
	const csv = toCsv(
		[c.reference, c.status, c.fullName, c.email, c.organisation, c.jobTitle, c.category, c.country, c.needs, c.newsOptIn, c.sessions, c.registeredAt, c.checkedInAt],
		rows.map((row) => [
			row.reference,
			m.admin.registrations.statuses[row.status] ?? row.status,
			row.fullName,
			row.email,
			row.organisation,
			row.jobTitle,
			m.register.categories[row.category] ?? row.category,
			countryName(row.country, m.locale),
			row.needs,
			row.newsOptIn ? m.admin.yes : m.admin.no,
			row.sessions.map((choice) => `${choice.session.title} (${m.admin.registrations.choiceStatuses[choice.status] ?? choice.status})`).join('; '),
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
