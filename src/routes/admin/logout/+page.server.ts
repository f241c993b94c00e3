import { redirect } from '@sveltejs/kit';
import * as auth from '$lib/server/auth';
import { currentActor, requireLogin } from '$lib/server/auth/guard';
import { signOut } from '$lib/server/auth/login';
import { invalid, readForm } from '$lib/server/forms';
import { fieldErrors } from '$lib/i18n/form-errors';
import { noFields } from '$lib/server/forms/fields';
import type { Actions, PageServerLoad } from './$types';
import { localizeHref } from '$lib/i18n/href';

// Signing out is a POST (a link or a prefetch must never end a session); a GET only leads back.
export const load: PageServerLoad = async () => {
	requireLogin();
	redirect(303, localizeHref('/admin'));
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireLogin();
		const form = await readForm(event.request, noFields);
		if (!form.ok) return invalid(form.values, fieldErrors(form.problems), form.status);
		await signOut(currentActor(), event.locals.session!.id, user.name);
		auth.deleteSessionTokenCookie(event);
		redirect(303, localizeHref('/admin/login?signedOut'));
	}
};
