import { organizerEdition } from '$lib/server/admin/edition';
import { moveSchema } from '$lib/server/admin/form-fields';
import { listRoomsForAdmin, moveRoom } from '$lib/server/admin/rooms';
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
		rooms: await listRoomsForAdmin(edition.id),
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
		if (!(await moveRoom(currentActor(), edition.id, form.data.id, form.data.direction)))
			return invalid(values, { form: m.admin_rooms_not_found() }, 404);
		return { message: m.admin_content_reordered() };
	}
};
