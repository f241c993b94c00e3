import { redirect } from '@sveltejs/kit';
import { organizerEdition } from '$lib/server/admin/edition';
import { createQuote, listQuoteSpeakers, quoteSchema } from '$lib/server/admin/quotes';
import { currentActor, requireRole } from '$lib/server/auth/guard';
import { PROGRAMME_EDITORS } from '$lib/server/auth/roles';
import { invalid, readForm } from '$lib/server/forms';
import { m } from '$lib/paraglide/messages';
import { fieldErrors } from '$lib/i18n/form-errors';
import { quoteWords } from '$lib/i18n/form-words';
import type { Actions, PageServerLoad } from './$types';
import { localizeHref } from '$lib/i18n/href';

export const load: PageServerLoad = async (event) => {
	requireRole(PROGRAMME_EDITORS);
	const edition = await organizerEdition(event);
	return { speakers: await listQuoteSpeakers(edition.id) };
};

export const actions: Actions = {
	create: async (event) => {
		requireRole(PROGRAMME_EDITORS);
		const { values, ...form } = await readForm(event.request, quoteSchema);
		if (!form.ok) return invalid(values, fieldErrors(form.problems, quoteWords), form.status);
		const edition = await organizerEdition(event);
		const result = await createQuote(currentActor(), edition.id, form.data);
		if (!result.ok) return invalid(values, fieldErrors(result.problems, quoteWords));
		redirect(
			303,
			localizeHref(`/admin/quotes?created=${encodeURIComponent(m.admin_quotes_by({ name: result.speaker }))}`)
		);
	}
};
