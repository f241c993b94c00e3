// Organizer accounts: creating one (from the command line or an accepted invitation), finding one to
// sign in, changing a password or a role. Relative imports only (scripts/admin-create.ts).
import { db } from '../db';
import { isPrismaError } from '../db/prisma-errors';
import { auditEntry, type Actor } from '../audit/audit';
import { hashPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, verifyPassword } from './password';
import type { Role } from './roles';
import { normaliseEmail, normaliseText, singleLine } from '../forms/text';

export type PasswordProblem = 'too-short' | 'too-long';

export function passwordProblem(password: string): PasswordProblem | null {
	// Length is what counts (NIST SP 800-63B); composition rules only make passwords predictable.
	const length = [...password].length;
	if (length < PASSWORD_MIN_LENGTH) return 'too-short';
	if (length > PASSWORD_MAX_LENGTH) return 'too-long';
	return null;
}

export type NewUser = { email: string; name: string; role: Role; password: string };

export async function createUser(input: NewUser) {
	const problem = passwordProblem(input.password);
	if (problem) return { ok: false as const, error: problem };
	const passwordHash = await hashPassword(input.password);
	try {
		const user = await db.user.create({
			data: {
				email: normaliseEmail(input.email),
				name: singleLine(normaliseText(input.name)),
				role: input.role,
				passwordHash
			},
			select: { id: true, email: true, name: true, role: true }
		});
		return { ok: true as const, user };
	} catch (error) {
		if (isPrismaError(error, 'P2002')) return { ok: false as const, error: 'email-taken' as const };
		throw error;
	}
}

export function listUsers() {
	return db.user.findMany({
		orderBy: [{ name: 'asc' }, { id: 'asc' }],
		select: { id: true, email: true, name: true, role: true, createdAt: true, _count: { select: { sessions: true } } }
	});
}

export function countAdmins(): Promise<number> {
	return db.user.count({ where: { role: 'admin' } });
}

export type PasswordChangeProblem = PasswordProblem | 'wrong-password';

/**
 * A user changes their own password: the current one must be right, and every other session of theirs
 * ends (a password change is what someone does when they fear another device is signed in).
 */
export async function changePassword(
	actor: Actor & { id: number },
	input: { currentPassword: string; newPassword: string; keepSessionId: string }
): Promise<{ ok: true } | { ok: false; error: PasswordChangeProblem }> {
	const user = await db.user.findUnique({ where: { id: actor.id } });
	if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword)))
		return { ok: false, error: 'wrong-password' };
	const problem = passwordProblem(input.newPassword);
	if (problem) return { ok: false, error: problem };
	const passwordHash = await hashPassword(input.newPassword);
	await db.$transaction([
		db.user.update({ where: { id: user.id }, data: { passwordHash } }),
		db.authSession.deleteMany({ where: { userId: user.id, id: { not: input.keepSessionId } } }),
		auditEntry(actor, { action: 'user.change-password', entityType: 'user', entityId: user.id, summary: user.name })
	]);
	return { ok: true };
}

export type AccountProblem = 'not-found' | 'last-admin' | 'self';

/** An admin changes someone's role. The last admin cannot lose the role: someone must manage users. */
export async function changeRole(
	actor: Actor & { id: number },
	userId: number,
	role: Role
): Promise<{ ok: true } | { ok: false; error: AccountProblem }> {
	const user = await db.user.findUnique({ where: { id: userId } });
	if (!user) return { ok: false, error: 'not-found' };
	if (user.role === role) return { ok: true };
	if (user.role === 'admin' && (await countAdmins()) <= 1) return { ok: false, error: 'last-admin' };
	await db.$transaction([
		db.user.update({ where: { id: userId }, data: { role } }),
		auditEntry(actor, {
			action: 'user.change-role',
			entityType: 'user',
			entityId: userId,
			summary: user.name,
			changes: { role: [user.role, role] }
		})
	]);
	return { ok: true };
}

/** An admin removes another organizer's account; their sessions end with it. */
export async function removeUser(
	actor: Actor & { id: number },
	userId: number
): Promise<{ ok: true } | { ok: false; error: AccountProblem }> {
	if (userId === actor.id) return { ok: false, error: 'self' };
	const user = await db.user.findUnique({ where: { id: userId } });
	if (!user) return { ok: false, error: 'not-found' };
	if (user.role === 'admin' && (await countAdmins()) <= 1) return { ok: false, error: 'last-admin' };
	await db.$transaction([
		db.user.delete({ where: { id: userId } }),
		auditEntry(actor, {
			action: 'user.remove',
			entityType: 'user',
			entityId: userId,
			summary: user.name,
			changes: { email: user.email, role: user.role }
		})
	]);
	return { ok: true };
}
