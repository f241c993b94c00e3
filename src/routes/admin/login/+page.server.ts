import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import * as auth from '$lib/server/auth';
import { signIn } from '$lib/server/auth/login';
import { safeRedirectTarget } from '$lib/server/auth/redirect';
import { homeFor } from '$lib/server/auth/roles';
import { invalid, readForm } from '$lib/server/forms';
import { email } from '$lib/server/forms/fields';
import { m } from '$lib/paraglide/messages';
import { fieldErrors } from '$lib/i18n/form-errors';
import type { Actions, PageServerLoad } from './$types';
import { localizeHref } from '$lib/i18n/href';

// Public: the way in. Only the shape is checked here; whether the account exists is never told.
const loginSchema = z.object({
	email: email(),
	password: z.string('required').min(1, 'required').max(1024, 'too-long'),
	redirectTo: z.string('stale').max(2000, 'stale').optional()
});
const words = {
	email: { label: m.admin_login_email, required: m.admin_login_email_required },
	password: { label: m.admin_login_password, required: m.admin_login_password_required }
};

export const load: PageServerLoad = async ({ locals, url }) => {
	const redirectTo = safeRedirectTarget(url.searchParams.get('redirectTo'), url.origin);
	if (locals.user) redirect(303, localizeHref(redirectTo ?? homeFor(locals.user.role)));
	return { redirectTo, signedOut: url.searchParams.has('signedOut') };
};

export const actions: Actions = {
	login: async (event) => {
		const { values, ...form } = await readForm(event.request, loginSchema);
		if (!form.ok) return invalid(values, fieldErrors(form.problems, words), form.status);

		const result = await signIn({ email: form.data.email, password: form.data.password, ip: event.getClientAddress() });
		if (!result.ok && result.reason === 'throttled') {
			event.setHeaders({ 'retry-after': String(result.retryAfterSeconds) });
			return invalid(
				values,
				{ form: m.admin_login_throttled({ minutes: Math.ceil(result.retryAfterSeconds / 60) }) },
				429
			);
		}
		if (!result.ok) return invalid(values, { form: m.admin_login_invalid() });

		const sessionToken = auth.generateSessionToken();
		const session = await auth.createSession(sessionToken, result.user.id);
		auth.setSessionTokenCookie(event, sessionToken, session.expiresAt);

		redirect(
			303,
			localizeHref(safeRedirectTarget(form.data.redirectTo, event.url.origin) ?? homeFor(result.user.role))
		);
	}
};
