import { error, redirect } from '@sveltejs/kit';
import { organizerEdition } from '$lib/server/admin/edition';
import { confirmDeleteSchema, pathId } from '$lib/server/admin/form-fields';
import {
	deleteHighlight,
	getHighlight,
	HIGHLIGHT_TEXT,
	highlightSchema,
	updateHighlight
} from '$lib/server/admin/highlights';
import { currentActor, requireRole } from '$lib/server/auth/guard';
import { PROGRAMME_EDITORS } from '$lib/server/auth/roles';
import { invalid, readForm } from '$lib/server/forms';
import { translationFormValues } from '$lib/server/content/form';
import { m } from '$lib/paraglide/messages';
import { fieldErrors } from '$lib/i18n/form-errors';
import { deleteWords, highlightWords } from '$lib/i18n/form-words';
import type { Actions, PageServerLoad } from './$types';
import { localizeHref } from '$lib/i18n/href';

function highlightId(param: string): number {
	return pathId(param) ?? error(404, m.admin_highlights_not_found());
}

export const load: PageServerLoad = async (event) => {
	requireRole(PROGRAMME_EDITORS);
	const edition = await organizerEdition(event);
	const highlight = await getHighlight(edition.id, highlightId(event.params.id));
	if (!highlight) error(404, m.admin_highlights_not_found());
	return {
		highlight: { ...highlight, translationValues: translationFormValues(highlight.translations, HIGHLIGHT_TEXT) }
	};
};

export const actions: Actions = {
	update: async (event) => {
		requireRole(PROGRAMME_EDITORS);
		const id = highlightId(event.params.id);
		const { values, ...form } = await readForm(event.request, highlightSchema);
		if (!form.ok) return invalid(values, fieldErrors(form.problems, highlightWords), form.status);
		const edition = await organizerEdition(event);
		const result = await updateHighlight(currentActor(), edition.id, id, form.data);
		if (!result.ok) return invalid(values, fieldErrors(result.problems, highlightWords), result.notFound ? 404 : 400);
		return { message: m.admin_content_updated({ name: form.data.title }) };
	},
	delete: async (event) => {
		requireRole(PROGRAMME_EDITORS);
		const id = highlightId(event.params.id);
		const form = await readForm(event.request, confirmDeleteSchema);
		if (!form.ok) return invalid({}, fieldErrors(form.problems, deleteWords), form.status);
		const edition = await organizerEdition(event);
		const result = await deleteHighlight(currentActor(), edition.id, id);
		if (!result.ok) return invalid({}, { form: m.admin_highlights_not_found() }, 404);
		redirect(303, localizeHref(`/admin/highlights?deleted=${encodeURIComponent(result.title)}`));
	}
};
