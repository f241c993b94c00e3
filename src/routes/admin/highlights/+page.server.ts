import { listHighlightsForAdmin, moveHighlight } from '$lib/server/admin/highlights';
import { orderedListPage } from '$lib/server/admin/ordered-list-page';
import { requireRole } from '$lib/server/auth/guard';
import { PROGRAMME_EDITORS } from '$lib/server/auth/roles';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';

const page = orderedListPage('highlights', {
	list: listHighlightsForAdmin,
	move: moveHighlight,
	notFound: m.admin_highlights_not_found
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
