import { listQuotesForAdmin, moveQuote } from '$lib/server/admin/quotes';
import { orderedListPage } from '$lib/server/admin/ordered-list-page';
import { requireRole } from '$lib/server/auth/guard';
import { PROGRAMME_EDITORS } from '$lib/server/auth/roles';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';

const page = orderedListPage('quotes', {
	list: listQuotesForAdmin,
	move: moveQuote,
	notFound: m.admin_quotes_not_found
});

export const load: PageServerLoad = async (event) => {
	requireRole(PROGRAMME_EDITORS);
	return page.load(event);
};

export const actions: Actions = {
	move: async (event) => {
		requireRole(PROGRAMME_EDITORS);
		return page.move(event);
	}
};
