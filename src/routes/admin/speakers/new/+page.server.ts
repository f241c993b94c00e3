import { redirect } from '@sveltejs/kit';
import { organizerEdition } from '$lib/server/admin/edition';
import { readPhotoField } from '$lib/server/admin/photo-upload';
import { createSpeaker, listOrganisations, speakerSchema } from '$lib/server/admin/speakers';
import { currentActor, requireRole } from '$lib/server/auth/guard';
import { PROGRAMME_EDITORS } from '$lib/server/auth/roles';
import { invalid, readForm } from '$lib/server/forms';
import { TRANSLATED_FORM_BODY_LIMIT } from '$lib/server/content/form';
import { photoMaxBytes } from '$lib/server/media/photos';
import { fieldErrors } from '$lib/i18n/form-errors';
import { speakerWords } from '$lib/i18n/form-words';
import type { Actions, PageServerLoad } from './$types';
import { localizeHref } from '$lib/i18n/href';

export const load: PageServerLoad = async () => {
	requireRole(PROGRAMME_EDITORS);
	return { organisations: await listOrganisations(), photoMaxMb: photoMaxBytes() / 1024 / 1024 };
};

export const actions: Actions = {
	create: async (event) => {
		requireRole(PROGRAMME_EDITORS);
		const { values, ...form } = await readForm(event.request, speakerSchema, {
			maxBytes: photoMaxBytes() + TRANSLATED_FORM_BODY_LIMIT
		});
		// The photo is checked even when another field is wrong, so every problem is told at once.
		const upload = form.formData ? await readPhotoField(form.formData) : { photo: null, problem: null };
		if (!form.ok || upload.problem) {
			const problems = { ...(form.ok ? {} : form.problems), ...(upload.problem ? { photo: upload.problem } : {}) };
			return invalid(values, fieldErrors(problems, speakerWords), form.ok ? 400 : form.status);
		}
		const summit = await organizerEdition(event);
		const result = await createSpeaker(currentActor(), summit.id, form.data, upload.photo);
		if (!result.ok) return invalid(values, fieldErrors(result.problems, speakerWords));
		redirect(303, localizeHref(`/admin/speakers/${result.speaker.id}?created`));
	}
};
