import type { LayoutServerLoad } from './$types';

// Not a guard: it only tells the layout who is signed in (their own name and role) to draw the menu.
// Every page and action below checks the session and role itself.
export const load: LayoutServerLoad = async ({ locals }) => {
	return { viewer: locals.user ? { name: locals.user.name, role: locals.user.role } : null };
};
