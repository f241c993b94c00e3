import { getCurrentEvent } from '$lib/server/agenda/event';
import { organizerEdition } from '$lib/server/admin/edition';
import type { LayoutServerLoad } from './$types';

// Not a guard: it only tells the layout who is signed in (their own name and role) to draw the menu,
// and which edition they are working on when it is not the current one (the banner).
// Every page and action below checks the session and role itself.
export const load: LayoutServerLoad = async ({ locals, cookies }) => {
	if (!locals.user) return { viewer: null, otherEdition: null };
	const [edition, current] = await Promise.all([organizerEdition({ cookies }), getCurrentEvent()]);
	return {
		viewer: { name: locals.user.name, role: locals.user.role },
		otherEdition: edition.id === current.id ? null : { name: edition.name, isDraft: edition.status === 'draft' }
	};
};
