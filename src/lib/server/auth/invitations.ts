// Inviting organizers: an admin names the person and their role; the invitee follows a private link,
// chooses a password and is signed in. Only the SHA-256 (hex) of the link's token is stored.
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase64url, encodeHexLowerCase } from '@oslojs/encoding';
import { db } from '../db';
import { isPrismaError } from '../db/prisma-errors';
import { auditEntry, type Actor } from '../audit/audit';
import { settings } from '../config';
import { hashPassword } from './password';
import type { Role } from './roles';
import { normaliseEmail } from '../forms/text';
import { passwordProblem, type PasswordProblem } from './users';
import { nudgeMailDrainer } from '../mail/outbox';

function tokenHash(token: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

/**
 * `locale`: the inviting admin's; the invitation mail is written in it. The mail is queued with the
 * invitation, so the link arrives by mail (or as an .eml file without SMTP) as well as on the page.
 */
export async function createInvitation(
	actor: Actor,
	input: { email: string; name: string; role: Role },
	now = new Date(),
	locale = 'en'
) {
	const email = normaliseEmail(input.email);
	if (await db.user.findUnique({ where: { email }, select: { id: true } }))
		return { ok: false as const, error: 'email-taken' as const };
	const token = encodeBase64url(crypto.getRandomValues(new Uint8Array(24)));
	const expiresAt = new Date(now.getTime() + settings().auth.invitationLifetimeMs);
	const [, invitation] = await db.$transaction([
		// A new invitation replaces any still open for the same address.
		db.invitation.deleteMany({ where: { email, acceptedAt: null } }),
		db.invitation.create({
			data: {
				tokenHash: tokenHash(token),
				email,
				name: input.name.trim(),
				role: input.role,
				invitedById: actor.id,
				expiresAt,
				mails: {
					create: { kind: 'organizer-invitation', toAddress: email, payload: JSON.stringify({ token, locale }) }
				}
			}
		}),
		auditEntry(actor, {
			action: 'user.invite',
			entityType: 'invitation',
			entityId: email,
			summary: input.name.trim(),
			changes: { email, role: input.role }
		})
	]);
	nudgeMailDrainer();
	return { ok: true as const, token, invitation };
}

export function listOpenInvitations(now = new Date()) {
	return db.invitation.findMany({
		where: { acceptedAt: null, expiresAt: { gt: now } },
		orderBy: { createdAt: 'desc' },
		select: { id: true, email: true, name: true, role: true, expiresAt: true, invitedBy: { select: { name: true } } }
	});
}

export async function revokeInvitation(actor: Actor, id: number): Promise<boolean> {
	const invitation = await db.invitation.findUnique({ where: { id } });
	if (!invitation || invitation.acceptedAt) return false;
	await db.$transaction([
		db.invitation.deleteMany({ where: { id, acceptedAt: null } }),
		auditEntry(actor, {
			action: 'user.revoke-invitation',
			entityType: 'invitation',
			entityId: invitation.email,
			summary: invitation.name
		})
	]);
	return true;
}

/** The open invitation a link stands for, or null when it is unknown, used or expired. */
export function findOpenInvitation(token: string, now = new Date()) {
	return db.invitation.findFirst({
		where: { tokenHash: tokenHash(token), acceptedAt: null, expiresAt: { gt: now } },
		select: { id: true, email: true, name: true, role: true, expiresAt: true }
	});
}

export type AcceptProblem = PasswordProblem | 'invalid-invitation' | 'email-taken';

export async function acceptInvitation(token: string, password: string, ip: string | null, now = new Date()) {
	const problem = passwordProblem(password);
	if (problem) return { ok: false as const, error: problem as AcceptProblem };
	const invitation = await findOpenInvitation(token, now);
	if (!invitation) return { ok: false as const, error: 'invalid-invitation' as AcceptProblem };
	const passwordHash = await hashPassword(password);
	try {
		// One transaction: the invitation is used (only if still open) and the account exists, or neither.
		const [, user] = await db.$transaction([
			db.invitation.update({
				where: { id: invitation.id, acceptedAt: null, expiresAt: { gt: now } },
				data: { acceptedAt: now }
			}),
			db.user.create({
				data: { email: invitation.email, name: invitation.name, role: invitation.role, passwordHash },
				select: { id: true, email: true, name: true, role: true }
			}),
			auditEntry(
				{ id: null, email: invitation.email, ip },
				{
					action: 'user.accept-invitation',
					entityType: 'user',
					entityId: invitation.email,
					summary: invitation.name,
					changes: { role: invitation.role }
				}
			)
		]);
		return { ok: true as const, user };
	} catch (error) {
		if (isPrismaError(error, 'P2025')) return { ok: false as const, error: 'invalid-invitation' as AcceptProblem };
		if (isPrismaError(error, 'P2002')) return { ok: false as const, error: 'email-taken' as AcceptProblem };
		throw error;
	}
}
