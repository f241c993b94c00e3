import { redirect } from '@sveltejs/kit';
import { organizerEdition } from '$lib/server/admin/edition';
import { createOrganisation, organisationSchema } from '$lib/server/admin/organisations';
import { readLogoField } from '$lib/server/admin/photo-upload';
import { currentActor, requireRole } from '$lib/server/auth/guard';
import { PROGRAMME_EDITORS } from '$lib/server/auth/roles';
import { FORM_BODY_LIMIT, invalid, readForm } from '$lib/server/forms';
import { LOGO_MIN_SIDE } from '$lib/server/media/logos';
import { photoMaxBytes } from '$lib/server/media/photos';
import { fieldErrors } from '$lib/i18n/form-errors';
import { organisationWords } from '$lib/i18n/form-words';
import type { Actions, PageServerLoad } from './$types';
import { localizeHref } from '$lib/i18n/href';

export const load: PageServerLoad = async () => {
	requireRole(PROGRAMME_EDITORS);
	return { logoMaxMb: photoMaxBytes() / 1024 / 1024, logoMinSide: LOGO_MIN_SIDE };
};

export const actions: Actions = {
	create: async (event) => {
		requireRole(PROGRAMME_EDITORS);
		const { values, ...form } = await readForm(event.request, organisationSchema, {
			maxBytes: photoMaxBytes() + FORM_BODY_LIMIT
		});
		// The logo is checked even when another field is wrong, so every problem is told at once.
		const upload = form.formData ? await readLogoField(form.formData) : { logo: null, problem: null };
		if (!form.ok || upload.problem) {
			const problems = { ...(form.ok ? {} : form.problems), ...(upload.problem ? { logo: upload.problem } : {}) };
			return invalid(values, fieldErrors(problems, organisationWords), form.ok ? 400 : form.status);
		}
		const edition = await organizerEdition(event);
		const result = await createOrganisation(currentActor(), edition.id, form.data, upload.logo);
		if (!result.ok) return invalid(values, fieldErrors(result.problems, organisationWords));
		redirect(303, localizeHref(`/admin/organisations?created=${encodeURIComponent(result.organisation.name)}`));
	}
};
