import { z } from 'zod';
import { currentActor, requireRole } from '$lib/server/auth/guard';
import { createInvitation, listOpenInvitations, revokeInvitation } from '$lib/server/auth/invitations';
import { ADMINS, ROLES } from '$lib/server/auth/roles';
import { changeRole, listUsers, removeUser, type AccountProblem } from '$lib/server/auth/users';
import { invalid, readForm } from '$lib/server/forms';
import { m } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';
import { settings } from '$lib/server/config';

const v = m.admin.validation;
const t = m.admin.users;

const inviteSchema = z.object({
	name: z.string().trim().min(1, v.required).max(120, v.tooLong(120)),
	email: z.string().trim().min(1, v.required).max(254, v.tooLong(254)).pipe(z.email(v.email)),
	role: z.enum(ROLES, v.choose)
});
const userSchema = z.object({ userId: z.coerce.number().int().positive() });
const roleSchema = userSchema.extend({ role: z.enum(ROLES, v.choose) });
const invitationSchema = z.object({ invitationId: z.coerce.number().int().positive() });

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
		if (!form.ok) return invalid(values, form.errors);
		const result = await createInvitation(currentActor(), form.data);
		if (!result.ok) return invalid(values, { email: v.emailTaken });
		return { invited: { name: result.invitation.name, link: `${settings().publicUrl}/admin/invite/${result.token}` } };
	},
	changeRole: async (event) => {
		requireRole(ADMINS);
		const { values, ...form } = await readForm(event.request, roleSchema);
		if (!form.ok) return invalid(values, form.errors);
		const result = await changeRole(currentActor(), form.data.userId, form.data.role);
		if (!result.ok) return invalid(values, { form: problemMessage[result.error] }, result.error === 'not-found' ? 404 : 409);
		return { message: m.admin.saved };
	},
	remove: async (event) => {
		requireRole(ADMINS);
		const { values, ...form } = await readForm(event.request, userSchema);
		if (!form.ok) return invalid(values, form.errors);
		const result = await removeUser(currentActor(), form.data.userId);
		if (!result.ok) return invalid(values, { form: problemMessage[result.error] }, result.error === 'not-found' ? 404 : 409);
		return { message: m.admin.saved };
	},
	revoke: async (event) => {
		requireRole(ADMINS);
		const { values, ...form } = await readForm(event.request, invitationSchema);
		if (!form.ok) return invalid(values, form.errors);
		await revokeInvitation(currentActor(), form.data.invitationId);
		return { message: t.revoked };
	}
};
