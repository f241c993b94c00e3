import { z } from 'zod';
import { currentActor, requireRole } from '$lib/server/auth/guard';
import { createInvitation, listOpenInvitations, revokeInvitation } from '$lib/server/auth/invitations';
import { ADMINS, ROLES } from '$lib/server/auth/roles';
import { changeRole, listUsers, removeUser, type AccountProblem } from '$lib/server/auth/users';
import { invalid, readForm } from '$lib/server/forms';
import { choice, email, id, text } from '$lib/server/forms/fields';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { fieldErrors } from '$lib/i18n/form-errors';
import type { Actions, PageServerLoad } from './$types';
import { settings } from '$lib/server/config';

const inviteSchema = z.object({ name: text({ max: 120, required: true }), email: email(), role: choice(ROLES) });
// Hidden fields: wrong only when the page is out of date or the form was tampered with.
const userSchema = z.object({ userId: id() });
const roleSchema = userSchema.extend({ role: choice(ROLES) });
const invitationSchema = z.object({ invitationId: id() });

const words = {
	name: { label: m.admin_users_name, required: m.admin_users_name_required },
	email: { label: m.admin_users_email, required: m.admin_users_email_required },
	role: { required: m.admin_users_role_required }
};
const problemMessage: Record<AccountProblem, () => string> = {
	'not-found': m.admin_users_not_found,
	'last-admin': m.admin_users_last_admin,
	self: m.admin_users_self
};

export const load: PageServerLoad = async () => {
	const viewer = requireRole(ADMINS);
	const [users, invitations] = await Promise.all([listUsers(), listOpenInvitations()]);
	return { viewerId: viewer.id, users, invitations, roles: ROLES };
};

export const actions: Actions = {
	invite: async (event) => {
		requireRole(ADMINS);
		const { values, ...form } = await readForm(event.request, inviteSchema);
		if (!form.ok) return invalid(values, fieldErrors(form.problems, words), form.status);
		const result = await createInvitation(currentActor(), form.data, new Date(), getLocale());
		if (!result.ok) return invalid(values, { email: m.admin_validation_email_taken() });
		return {
			invited: {
				name: result.invitation.name,
				email: result.invitation.email,
				link: `${settings().publicUrl}/admin/invite/${result.token}`,
				// Without SMTP the mail is only written to MAIL_OUTBOX_DIR: the admin sends the link themselves.
				mailed: Boolean(settings().mail.smtpUrl)
			}
		};
	},
	changeRole: async (event) => {
		requireRole(ADMINS);
		const { values, ...form } = await readForm(event.request, roleSchema);
		if (!form.ok) return invalid(values, fieldErrors(form.problems, words), form.status);
		const result = await changeRole(currentActor(), form.data.userId, form.data.role);
		if (!result.ok)
			return invalid(values, { form: problemMessage[result.error]() }, result.error === 'not-found' ? 404 : 409);
		return { message: m.admin_saved() };
	},
	remove: async (event) => {
		requireRole(ADMINS);
		const { values, ...form } = await readForm(event.request, userSchema);
		if (!form.ok) return invalid(values, fieldErrors(form.problems, words), form.status);
		const result = await removeUser(currentActor(), form.data.userId);
		if (!result.ok)
			return invalid(values, { form: problemMessage[result.error]() }, result.error === 'not-found' ? 404 : 409);
		return { message: m.admin_saved() };
	},
	revoke: async (event) => {
		requireRole(ADMINS);
		const { values, ...form } = await readForm(event.request, invitationSchema);
		if (!form.ok) return invalid(values, fieldErrors(form.problems, words), form.status);
		await revokeInvitation(currentActor(), form.data.invitationId);
		return { message: m.admin_users_revoked() };
	}
};
