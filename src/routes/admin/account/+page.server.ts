import { z } from 'zod';
import { currentActor, requireRole } from '$lib/server/auth/guard';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '$lib/server/auth/password';
import { ALL_ORGANIZERS } from '$lib/server/auth/roles';
import { changePassword } from '$lib/server/auth/users';
import { invalid, readForm, type FieldErrors } from '$lib/server/forms';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';

// Passwords are taken exactly as typed: no trimming, no character policy (they are never shown).
const tooShort = m.validation_password_too_short({ field: m.admin_account_new_password(), min: PASSWORD_MIN_LENGTH });
const tooLong = m.validation_password_too_long({ field: m.admin_account_new_password(), max: PASSWORD_MAX_LENGTH });
const passwordSchema = z
	.object({
		currentPassword: z.string(m.admin_account_current_password_required()).min(1, m.admin_account_current_password_required()),
		newPassword: z.string(tooShort).min(PASSWORD_MIN_LENGTH, tooShort).max(PASSWORD_MAX_LENGTH, tooLong),
		confirmPassword: z.string(m.admin_validation_passwords_differ())
	})
	.refine((input) => input.newPassword === input.confirmPassword, { message: m.admin_validation_passwords_differ(), path: ['confirmPassword'] });

export const load: PageServerLoad = async () => {
	const user = requireRole(ALL_ORGANIZERS);
	return { user: { name: user.name, email: user.email, role: user.role } };
};

export const actions: Actions = {
	changePassword: async (event) => {
		requireRole(ALL_ORGANIZERS);
		const { values, ...form } = await readForm(event.request, passwordSchema);
		if (!form.ok) return invalid(values, form.errors, form.status);
		const result = await changePassword(currentActor(), {
			currentPassword: form.data.currentPassword,
			newPassword: form.data.newPassword,
			keepSessionId: event.locals.session!.id
		});
		if (!result.ok) {
			const errors: FieldErrors =
				result.error === 'wrong-password'
					? { currentPassword: m.admin_account_wrong_password() }
					: { newPassword: result.error === 'too-short' ? tooShort : tooLong };
			return invalid(values, errors);
		}
		return { message: m.admin_account_password_changed() };
	}
};
