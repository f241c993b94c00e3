import { error, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import * as auth from '$lib/server/auth';
import { acceptInvitation, findOpenInvitation } from '$lib/server/auth/invitations';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '$lib/server/auth/password';
import { homeFor } from '$lib/server/auth/roles';
import { invalid, readForm } from '$lib/server/forms';
import { m } from '$lib/paraglide/messages';
import { fieldErrors } from '$lib/i18n/form-errors';
import type { Actions, PageServerLoad } from './$types';
import { localizeHref } from '$lib/i18n/href';

// Public: the private link is the credential. Unknown, used and expired links all get the same 404.
const acceptSchema = z
	.object({
		password: z.string('too-short').min(PASSWORD_MIN_LENGTH, 'too-short').max(PASSWORD_MAX_LENGTH, 'too-long'),
		confirmPassword: z.string('mismatch')
	})
	.refine((input) => input.password === input.confirmPassword, { message: 'mismatch', path: ['confirmPassword'] });
const words = {
	// A missing password is one too short.
	password: {
		label: m.admin_invite_password,
		'too-short': () => m.validation_password_too_short({ field: m.admin_invite_password(), min: PASSWORD_MIN_LENGTH })
	},
	confirmPassword: { mismatch: m.admin_validation_passwords_differ }
};

export const load: PageServerLoad = async ({ params }) => {
	const invitation = await findOpenInvitation(params.token);
	if (!invitation) error(404, m.admin_invite_invalid());
	return { invitation: { name: invitation.name, email: invitation.email, role: invitation.role } };
};

export const actions: Actions = {
	accept: async (event) => {
		const { values, ...form } = await readForm(event.request, acceptSchema);
		if (!form.ok) return invalid(values, fieldErrors(form.problems, words), form.status);
		const result = await acceptInvitation(event.params.token, form.data.password, event.getClientAddress());
		if (!result.ok) {
			if (result.error === 'too-short' || result.error === 'too-long') {
				const problem =
					result.error === 'too-short' ? { code: 'too-short' } : { code: 'too-long', max: PASSWORD_MAX_LENGTH };
				return invalid(values, fieldErrors({ password: problem }, words));
			}
			return invalid(
				values,
				{ form: result.error === 'email-taken' ? m.admin_validation_email_taken() : m.admin_invite_invalid() },
				409
			);
		}
		const sessionToken = auth.generateSessionToken();
		const session = await auth.createSession(sessionToken, result.user.id);
		auth.setSessionTokenCookie(event, sessionToken, session.expiresAt);
		redirect(303, localizeHref(homeFor(result.user.role)));
	}
};
