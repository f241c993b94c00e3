import { error, redirect } from '@sveltejs/kit';
import { organizerEdition } from '$lib/server/admin/edition';
import { confirmDeleteSchema, pathId } from '$lib/server/admin/form-fields';
import {
	deleteQuote,
	getQuote,
	listQuoteSpeakers,
	quoteSchema,
	quoteTranslationValues,
	updateQuote
} from '$lib/server/admin/quotes';
import { currentActor, requireRole } from '$lib/server/auth/guard';
import { PROGRAMME_EDITORS } from '$lib/server/auth/roles';
import { invalid, readForm } from '$lib/server/forms';
import { m } from '$lib/paraglide/messages';
import { fieldErrors } from '$lib/i18n/form-errors';
import { deleteWords, quoteWords } from '$lib/i18n/form-words';
import type { Actions, PageServerLoad } from './$types';
import { localizeHref } from '$lib/i18n/href';

function quoteId(param: string): number {
	return pathId(param) ?? error(404, m.admin_quotes_not_found());
}

export const load: PageServerLoad = async (event) => {
	requireRole(PROGRAMME_EDITORS);
	const edition = await organizerEdition(event);
	const quote = await getQuote(edition.id, quoteId(event.params.id));
	if (!quote) error(404, m.admin_quotes_not_found());
	return {
		quote: { ...quote, translationValues: quoteTranslationValues(quote.translations) },
		speakers: await listQuoteSpeakers(edition.id)
	};
};

export const actions: Actions = {
	update: async (event) => {
		requireRole(PROGRAMME_EDITORS);
		const id = quoteId(event.params.id);
		const { values, ...form } = await readForm(event.request, quoteSchema);
		if (!form.ok) return invalid(values, fieldErrors(form.problems, quoteWords), form.status);
		const edition = await organizerEdition(event);
		const result = await updateQuote(currentActor(), edition.id, id, form.data);
		if (!result.ok) return invalid(values, fieldErrors(result.problems, quoteWords), result.notFound ? 404 : 400);
		return { message: m.admin_content_updated({ name: m.admin_quotes_by({ name: result.speaker }) }) };
	},
	delete: async (event) => {
		requireRole(PROGRAMME_EDITORS);
		const id = quoteId(event.params.id);
		const form = await readForm(event.request, confirmDeleteSchema);
		if (!form.ok) return invalid({}, fieldErrors(form.problems, deleteWords), form.status);
		const edition = await organizerEdition(event);
		const result = await deleteQuote(currentActor(), edition.id, id);
		if (!result.ok) return invalid({}, { form: m.admin_quotes_not_found() }, 404);
		redirect(
			303,
			localizeHref(`/admin/quotes?deleted=${encodeURIComponent(m.admin_quotes_by({ name: result.speaker }))}`)
		);
	}
};
