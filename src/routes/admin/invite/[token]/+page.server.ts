import { error, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import * as auth from '$lib/server/auth';
import { acceptInvitation, findOpenInvitation } from '$lib/server/auth/invitations';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '$lib/server/auth/password';
import { homeFor } from '$lib/server/auth/roles';
import { invalid, readForm } from '$lib/server/forms';
import { m } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

// Public: the private link is the credential. Unknown, used and expired links all get the same 404.
const v = m.admin.validation;
const acceptSchema = z
	.object({
		password: z.string().min(PASSWORD_MIN_LENGTH, v.passwordTooShort(PASSWORD_MIN_LENGTH)).max(PASSWORD_MAX_LENGTH, v.passwordTooLong(PASSWORD_MAX_LENGTH)),
		confirmPassword: z.string()
	})
	.refine((input) => input.password === input.confirmPassword, { message: v.passwordsDiffer, path: ['confirmPassword'] });

export const load: PageServerLoad = async ({ params }) => {
	const invitation = await findOpenInvitation(params.token);
	if (!invitation) error(404, m.admin.invite.invalid);
	return { invitation: { name: invitation.name, email: invitation.email, role: invitation.role } };
};

export const actions: Actions = {
	accept: async (event) => {
		const { values, ...form } = await readForm(event.request, acceptSchema);
		if (!form.ok) return invalid(values, form.errors);
		const result = await acceptInvitation(event.params.token, form.data.password, event.getClientAddress());
		if (!result.ok) {
			if (result.error === 'too-short' || result.error === 'too-long') {
				return invalid(values, { password: result.error === 'too-short' ? v.passwordTooShort(PASSWORD_MIN_LENGTH) : v.passwordTooLong(PASSWORD_MAX_LENGTH) });
			}
			return invalid(values, { form: result.error === 'email-taken' ? v.emailTaken : m.admin.invite.invalid }, 409);
		}
		const sessionToken = auth.generateSessionToken();
		const session = await auth.createSession(sessionToken, result.user.id);
		auth.setSessionTokenCookie(event, sessionToken, session.expiresAt);
		redirect(303, homeFor(result.user.role));
	}
};
