import { z } from 'zod';
import { currentActor, requireRole } from '$lib/server/auth/guard';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '$lib/server/auth/password';
import { ALL_ORGANIZERS } from '$lib/server/auth/roles';
import { changePassword } from '$lib/server/auth/users';
import { invalid, readForm, type FieldProblems } from '$lib/server/forms';
import { m } from '$lib/paraglide/messages';
import { fieldErrors } from '$lib/i18n/form-errors';
import type { Actions, PageServerLoad } from './$types';

// Passwords are taken exactly as typed: no trimming, no character policy (they are never shown).
const passwordSchema = z
	.object({
		currentPassword: z.string('required').min(1, 'required'),
		newPassword: z.string('too-short').min(PASSWORD_MIN_LENGTH, 'too-short').max(PASSWORD_MAX_LENGTH, 'too-long'),
		confirmPassword: z.string('mismatch')
	})
	.refine((input) => input.newPassword === input.confirmPassword, { message: 'mismatch', path: ['confirmPassword'] });
const words = {
	currentPassword: { required: m.admin_account_current_password_required, wrong: m.admin_account_wrong_password },
	// A missing password is one too short.
	newPassword: {
		label: m.admin_account_new_password,
		'too-short': () =>
			m.validation_password_too_short({ field: m.admin_account_new_password(), min: PASSWORD_MIN_LENGTH })
	},
	confirmPassword: { mismatch: m.admin_validation_passwords_differ }
};

export const load: PageServerLoad = async () => {
	const user = requireRole(ALL_ORGANIZERS);
	return { user: { name: user.name, email: user.email, role: user.role } };
};

export const actions: Actions = {
	changePassword: async (event) => {
		requireRole(ALL_ORGANIZERS);
		const { values, ...form } = await readForm(event.request, passwordSchema);
		if (!form.ok) return invalid(values, fieldErrors(form.problems, words), form.status);
		const result = await changePassword(currentActor(), {
			currentPassword: form.data.currentPassword,
			newPassword: form.data.newPassword,
			keepSessionId: event.locals.session!.id
		});
		if (!result.ok) {
			const problems: FieldProblems =
				result.error === 'wrong-password'
					? { currentPassword: { code: 'wrong' } }
					: {
							newPassword:
								result.error === 'too-short' ? { code: 'too-short' } : { code: 'too-long', max: PASSWORD_MAX_LENGTH }
						};
			return invalid(values, fieldErrors(problems, words));
		}
		return { message: m.admin_account_password_changed() };
	}
};
