import { redirect } from '@sveltejs/kit';
import { organizerEdition } from '$lib/server/admin/edition';
import { sessionFormData } from '$lib/server/admin/session-form';
import { createSession, sessionSchema } from '$lib/server/admin/sessions';
import { currentActor, requireRole } from '$lib/server/auth/guard';
import { PROGRAMME_EDITORS } from '$lib/server/auth/roles';
import { invalid, readForm } from '$lib/server/forms';
import { TRANSLATED_FORM_BODY_LIMIT } from '$lib/server/content/form';
import { fieldErrors } from '$lib/i18n/form-errors';
import { sessionWords } from '$lib/i18n/form-words';
import type { Actions, PageServerLoad } from './$types';
import { localizeHref } from '$lib/i18n/href';

export const load: PageServerLoad = async ({ cookies }) => {
	requireRole(PROGRAMME_EDITORS);
	return sessionFormData(await organizerEdition({ cookies }));
};

export const actions: Actions = {
	create: async (event) => {
		requireRole(PROGRAMME_EDITORS);
		const { values, ...form } = await readForm(event.request, sessionSchema, { maxBytes: TRANSLATED_FORM_BODY_LIMIT });
		const summit = await organizerEdition(event);
		if (!form.ok) return invalid(values, fieldErrors(form.problems, sessionWords(summit)), form.status);
		const result = await createSession(currentActor(), summit, form.data);
		if (!result.ok) return invalid(values, fieldErrors(result.problems, sessionWords(summit)), result.status);
		redirect(303, localizeHref(`/admin/sessions/${result.id}?created`));
	}
};
