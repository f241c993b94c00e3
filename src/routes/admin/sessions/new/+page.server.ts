import { redirect } from '@sveltejs/kit';
import { getCurrentEvent } from '$lib/server/agenda/event';
import { sessionFormData } from '$lib/server/admin/session-form';
import { createSession, sessionSchema } from '$lib/server/admin/sessions';
import { currentActor, requireRole } from '$lib/server/auth/guard';
import { PROGRAMME_EDITORS } from '$lib/server/auth/roles';
import { invalid, readForm } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	requireRole(PROGRAMME_EDITORS);
	return sessionFormData(await getCurrentEvent());
};

export const actions: Actions = {
	create: async (event) => {
		requireRole(PROGRAMME_EDITORS);
		const { values, ...form } = await readForm(event.request, sessionSchema);
		if (!form.ok) return invalid(values, form.errors, form.status);
		const result = await createSession(currentActor(), await getCurrentEvent(), form.data);
		if (!result.ok) return invalid(values, result.errors, result.status);
		redirect(303, `/admin/sessions/${result.id}?created`);
	}
};
