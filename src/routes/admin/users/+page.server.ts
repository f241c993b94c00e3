import { z } from 'zod';
import { currentActor, requireRole } from '$lib/server/auth/guard';
import { createInvitation, listOpenInvitations, revokeInvitation } from '$lib/server/auth/invitations';
import { ADMINS, ROLES } from '$lib/server/auth/roles';
import { changeRole, listUsers, removeUser, type AccountProblem } from '$lib/server/auth/users';
import { invalid, readForm } from '$lib/server/forms';
import { choice, email, id, text } from '$lib/server/forms/fields';
import { m } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';
import { settings } from '$lib/server/config';

const v = m.admin.validation;
const t = m.admin.users;

const inviteSchema = z.object({
	name: text({ label: t.name, max: 120, required: t.nameRequired }),
	email: email({ label: t.email, required: t.emailRequired }),
	role: choice(ROLES, t.roleRequired)
});
// Hidden fields: wrong only when the page is out of date or the form was tampered with.
const userSchema = z.object({ userId: id(m.forms.stale) });
const roleSchema = userSchema.extend({ role: choice(ROLES, t.roleRequired) });
const invitationSchema = z.object({ invitationId: id(m.forms.stale) });

const problemMessage: Record<AccountProblem, string> = { 'not-found': t.notFound, 'last-admin': t.lastAdmin, self: t.self };

export const load: PageServerLoad = async () => {
	const viewer = requireRole(ADMINS);
	const [users, invitations] = await Promise.all([listUsers(), listOpenInvitations()]);
	return { viewerId: viewer.id, users, invitations, roles: ROLES };
};

export const actions: Actions = {
	invite: async (event) => {
		requireRole(ADMINS);
		const { values, ...form } = await readForm(event.request, inviteSchema);
		if (!form.ok) return invalid(values, form.errors, form.status);
		const result = await createInvitation(currentActor(), form.data);
		if (!result.ok) return invalid(values, { email: v.emailTaken });
		return { invited: { name: result.invitation.name, link: `${settings().publicUrl}/admin/invite/${result.token}` } };
	},
	changeRole: async (event) => {
		requireRole(ADMINS);
		const { values, ...form } = await readForm(event.request, roleSchema);
		if (!form.ok) return invalid(values, form.errors, form.status);
		const result = await changeRole(currentActor(), form.data.userId, form.data.role);
		if (!result.ok) return invalid(values, { form: problemMessage[result.error] }, result.error === 'not-found' ? 404 : 409);
		return { message: m.admin.saved };
	},
	remove: async (event) => {
		requireRole(ADMINS);
		const { values, ...form } = await readForm(event.request, userSchema);
		if (!form.ok) return invalid(values, form.errors, form.status);
		const result = await removeUser(currentActor(), form.data.userId);
		if (!result.ok) return invalid(values, { form: problemMessage[result.error] }, result.error === 'not-found' ? 404 : 409);
		return { message: m.admin.saved };
	},
	revoke: async (event) => {
		requireRole(ADMINS);
		const { values, ...form } = await readForm(event.request, invitationSchema);
		if (!form.ok) return invalid(values, form.errors, form.status);
		await revokeInvitation(currentActor(), form.data.invitationId);
		return { message: t.revoked };
	}
};
