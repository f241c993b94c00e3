import { redirect } from '@sveltejs/kit';
import { organizerEdition } from '$lib/server/admin/edition';
import { createTrack, trackSchema } from '$lib/server/admin/tracks';
import { currentActor, requireRole } from '$lib/server/auth/guard';
import { PROGRAMME_EDITORS } from '$lib/server/auth/roles';
import { invalid, readForm } from '$lib/server/forms';
import { fieldErrors } from '$lib/i18n/form-errors';
import { trackWords } from '$lib/i18n/form-words';
import type { Actions, PageServerLoad } from './$types';
import { localizeHref } from '$lib/i18n/href';

export const load: PageServerLoad = async () => {
	requireRole(PROGRAMME_EDITORS);
	return {};
};

export const actions: Actions = {
	create: async (event) => {
		requireRole(PROGRAMME_EDITORS);
		const { values, ...form } = await readForm(event.request, trackSchema);
		if (!form.ok) return invalid(values, fieldErrors(form.problems, trackWords), form.status);
		const edition = await organizerEdition(event);
		const result = await createTrack(currentActor(), edition.id, form.data);
		if (!result.ok) return invalid(values, fieldErrors(result.problems, trackWords));
		redirect(303, localizeHref(`/admin/tracks?created=${encodeURIComponent(result.track.name)}`));
	}
};
