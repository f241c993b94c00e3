import { z } from 'zod';
import { currentActor, requireRole } from '$lib/server/auth/guard';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '$lib/server/auth/password';
import { ALL_ORGANIZERS } from '$lib/server/auth/roles';
import { changePassword } from '$lib/server/auth/users';
import { invalid, readForm, type FieldErrors } from '$lib/server/forms';
import { m } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

const v = m.admin.validation;
const passwordSchema = z
	.object({
		currentPassword: z.string().min(1, v.required),
		newPassword: z.string().min(PASSWORD_MIN_LENGTH, v.passwordTooShort(PASSWORD_MIN_LENGTH)).max(PASSWORD_MAX_LENGTH, v.passwordTooLong(PASSWORD_MAX_LENGTH)),
		confirmPassword: z.string()
	})
	.refine((input) => input.newPassword === input.confirmPassword, { message: v.passwordsDiffer, path: ['confirmPassword'] });

export const load: PageServerLoad = async () => {
	const user = requireRole(ALL_ORGANIZERS);
	return { user: { name: user.name, email: user.email, role: user.role } };
};

export const actions: Actions = {
	changePassword: async (event) => {
		requireRole(ALL_ORGANIZERS);
		const { values, ...form } = await readForm(event.request, passwordSchema);
		if (!form.ok) return invalid(values, form.errors);
		const result = await changePassword(currentActor(), {
			currentPassword: form.data.currentPassword,
			newPassword: form.data.newPassword,
			keepSessionId: event.locals.session!.id
		});
		if (!result.ok) {
			const errors: FieldErrors =
				result.error === 'wrong-password'
					? { currentPassword: m.admin.account.wrongPassword }
					: { newPassword: result.error === 'too-short' ? v.passwordTooShort(PASSWORD_MIN_LENGTH) : v.passwordTooLong(PASSWORD_MAX_LENGTH) };
			return invalid(values, errors);
		}
		return { message: m.admin.account.passwordChanged };
	}
};
