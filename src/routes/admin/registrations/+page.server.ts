import { organizerEdition } from '$lib/server/admin/edition';
import { promoteWaitlist } from '$lib/server/admin/registration-actions';
import { listRegistrations, listSessionsForFilter, parseRegistrationFilters } from '$lib/server/admin/registrations';
import { currentActor, requireRole } from '$lib/server/auth/guard';
import { ADMINS } from '$lib/server/auth/roles';
import { ATTENDEE_CATEGORIES, REGISTRATION_STATUSES } from '$lib/registration/categories';
import { invalid, readForm } from '$lib/server/forms';
import { fieldErrors } from '$lib/i18n/form-errors';
import { noFields } from '$lib/server/forms/fields';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, cookies }) => {
	requireRole(ADMINS);
	const event = await organizerEdition({ cookies });
	const sessions = await listSessionsForFilter(event.id);
	const filters = parseRegistrationFilters(
		url.searchParams,
		sessions.map((session) => session.id)
	);
	const { page: _page, ...exportFilters } = filters;
	const exportQuery = new URLSearchParams(
		Object.entries({
			q: exportFilters.q,
			status: exportFilters.status,
			category: exportFilters.category,
			session: exportFilters.sessionId
		})
			.filter(([, value]) => value !== null && value !== '')
			.map(([key, value]) => [key, String(value)])
	).toString();
	return {
		timeZone: event.timeZone,
		filters,
		sessions,
		categories: ATTENDEE_CATEGORIES,
		statuses: REGISTRATION_STATUSES,
		exportHref: `/admin/registrations/export.csv${exportQuery ? `?${exportQuery}` : ''}`,
		...(await listRegistrations(event.id, filters))
	};
};

export const actions: Actions = {
	promote: async ({ request, cookies }) => {
		requireRole(ADMINS);
		const form = await readForm(request, noFields);
		if (!form.ok) return invalid(form.values, fieldErrors(form.problems), form.status);
		const event = await organizerEdition({ cookies });
		const promoted = await promoteWaitlist(currentActor(), event.id);
		return {
			message:
				promoted.length === 0
					? m.admin_registrations_promoted_none()
					: m.admin_registrations_promoted({ n: promoted.length })
		};
	}
};
