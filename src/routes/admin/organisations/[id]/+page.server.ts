import { error, redirect } from '@sveltejs/kit';
import { organizerEdition } from '$lib/server/admin/edition';
import { confirmDeleteSchema, pathId } from '$lib/server/admin/form-fields';
import {
	deleteOrganisation,
	getOrganisationForEdit,
	ORGANISATION_TEXT,
	organisationSchema,
	updateOrganisation
} from '$lib/server/admin/organisations';
import { readLogoField } from '$lib/server/admin/photo-upload';
import { currentActor, requireRole } from '$lib/server/auth/guard';
import { PROGRAMME_EDITORS } from '$lib/server/auth/roles';
import { FORM_BODY_LIMIT, invalid, readForm } from '$lib/server/forms';
import { translationFormValues } from '$lib/server/content/form';
import { LOGO_MIN_SIDE } from '$lib/server/media/logos';
import { photoMaxBytes } from '$lib/server/media/photos';
import { m } from '$lib/paraglide/messages';
import { fieldErrors } from '$lib/i18n/form-errors';
import { deleteWords, organisationWords } from '$lib/i18n/form-words';
import type { Actions, PageServerLoad } from './$types';
import { localizeHref } from '$lib/i18n/href';

function organisationId(param: string): number {
	return pathId(param) ?? error(404, m.admin_organisations_not_found());
}

export const load: PageServerLoad = async (event) => {
	requireRole(PROGRAMME_EDITORS);
	const edition = await organizerEdition(event);
	const organisation = await getOrganisationForEdit(edition.id, organisationId(event.params.id));
	if (!organisation) error(404, m.admin_organisations_not_found());
	return {
		organisation: {
			...organisation,
			translationValues: translationFormValues(organisation.translations, ORGANISATION_TEXT)
		},
		logoMaxMb: photoMaxBytes() / 1024 / 1024,
		logoMinSide: LOGO_MIN_SIDE
	};
};

export const actions: Actions = {
	update: async (event) => {
		requireRole(PROGRAMME_EDITORS);
		const id = organisationId(event.params.id);
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
		const result = await updateOrganisation(currentActor(), edition.id, id, form.data, upload.logo);
		if (!result.ok)
			return invalid(values, fieldErrors(result.problems, organisationWords), result.notFound ? 404 : 400);
		return { message: m.admin_content_updated({ name: form.data.name }) };
	},
	delete: async (event) => {
		requireRole(PROGRAMME_EDITORS);
		const id = organisationId(event.params.id);
		const form = await readForm(event.request, confirmDeleteSchema);
		if (!form.ok) return invalid({}, fieldErrors(form.problems, deleteWords), form.status);
		const edition = await organizerEdition(event);
		const result = await deleteOrganisation(currentActor(), edition.id, id);
		if (result.ok) redirect(303, localizeHref(`/admin/organisations?deleted=${encodeURIComponent(result.name)}`));
		if (result.error === 'not-found') return invalid({}, { form: m.admin_organisations_not_found() }, 404);
		return invalid(
			{},
			{
				delete: m.admin_organisations_in_use({
					name: result.name,
					names: result.speakers.join('; '),
					count: result.speakers.length
				})
			},
			409
		);
	}
};
