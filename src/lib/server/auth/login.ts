// Signing in: throttled, and with the same answer in the same time whether the email or the password
// was wrong (an unknown email is checked against a decoy hash).
import { db } from '../db';
import { auditEntry } from '../audit/audit';
import { passwordHashForUnknownAccount, verifyPassword } from './password';
import { clearLoginAttempts, recordLoginAttempt } from './throttle';
import { normaliseEmail } from '../forms/text';

export type SignInResult =
	| { ok: true; user: { id: number; email: string; name: string; role: string } }
	| { ok: false; reason: 'invalid' }
	| { ok: false; reason: 'throttled'; retryAfterSeconds: number };

export async function signIn(
	input: { email: string; password: string; ip: string },
	now = new Date()
): Promise<SignInResult> {
	const account = normaliseEmail(input.email);
	const decision = await recordLoginAttempt(account, input.ip, now);
	if (!decision.allowed) return { ok: false, reason: 'throttled', retryAfterSeconds: decision.retryAfterSeconds };

	const user = await db.user.findUnique({ where: { email: account } });
	const passwordHash = user?.passwordHash ?? (await passwordHashForUnknownAccount());
	const valid = await verifyPassword(passwordHash, input.password);
	if (!user || !valid) return { ok: false, reason: 'invalid' };

	await clearLoginAttempts(account, input.ip, decision.attemptIds);
	await auditEntry(
		{ id: user.id, email: user.email, ip: input.ip },
		{ action: 'auth.sign-in', entityType: 'user', entityId: user.id, summary: user.name }
	);
	return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}

/** Ends one session (the one signing out) and records it. */
export async function signOut(
	actor: { id: number; email: string; ip?: string | null },
	sessionId: string,
	name: string
): Promise<void> {
	await db.$transaction([
		db.authSession.deleteMany({ where: { id: sessionId } }),
		auditEntry(actor, { action: 'auth.sign-out', entityType: 'user', entityId: actor.id, summary: name })
	]);
}
