import { organizerEdition } from '$lib/server/admin/edition';
import { moveSchema } from '$lib/server/admin/form-fields';
import { listTracksForAdmin, moveTrack } from '$lib/server/admin/tracks';
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
		tracks: await listTracksForAdmin(edition.id),
		created: event.url.searchParams.get('created'),
		deleted: event.url.searchParams.get('deleted')
	};
};

export const actions: Actions = {
	move: async (event) => {
		requireRole(PROGRAMME_EDITORS);
		const { values, ...form } = await readForm(event.request, moveSchema);
		if (!form.ok) return invalid(values, fieldErrors(form.problems), form.status);
		const edition = await organizerEdition(event);
		if (!(await moveTrack(currentActor(), edition.id, form.data.id, form.data.direction)))
			return invalid(values, { form: m.admin_tracks_not_found() }, 404);
		return { message: m.admin_content_reordered() };
	}
};
