import { organizerEdition } from '$lib/server/admin/edition';
import { listOrganisationsForAdmin, moveOrganisation, organisationMoveSchema } from '$lib/server/admin/organisations';
import { currentActor, requireRole } from '$lib/server/auth/guard';
import { PROGRAMME_EDITORS } from '$lib/server/auth/roles';
import { invalid, readForm } from '$lib/server/forms';
import { m } from '$lib/paraglide/messages';
import { fieldErrors } from '$lib/i18n/form-errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireRole(PROGRAMME_EDITORS);
	const edition = await organizerEdition(event);
	return {
		organisations: await listOrganisationsForAdmin(edition.id),
		created: event.url.searchParams.get('created'),
		deleted: event.url.searchParams.get('deleted')
	};
};

export const actions: Actions = {
	move: async (event) => {
		requireRole(PROGRAMME_EDITORS);
		const { values, ...form } = await readForm(event.request, organisationMoveSchema);
		if (!form.ok) return invalid(values, fieldErrors(form.problems), form.status);
		const edition = await organizerEdition(event);
		const { id, role, direction } = form.data;
		if (!(await moveOrganisation(currentActor(), edition.id, id, role, direction)))
			return invalid(values, { form: m.admin_organisations_not_found() }, 404);
		return { message: m.admin_content_reordered() };
	}
};
