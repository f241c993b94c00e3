// Throttling sign-in attempts, in the database so every app instance shares the counts and a restart
// forgets nothing. The guessing is throttled, not the owner (OWASP Authentication Cheat Sheet, "Protect
// against automated attacks"): failures count per (account, address) and per address, and a slower
// per-account ceiling holds only addresses that have themselves failed at that account, so nobody can
// lock an organizer out of a clean address. An attempt is recorded *before* the password is checked and
// only then counted, so a burst of parallel guesses cannot all slip under a limit: each sees the others' rows.
import { db } from '../db';
import { settings, type Settings } from '../config';

type AuthConfig = Settings['auth'];

/** Every attempt writes one row per scope: `account` (key: the email), `ip`, and `account-ip` (both). */
export type AttemptScope = 'account' | 'ip' | 'account-ip';

export type ThrottleDecision = { allowed: true; attemptIds: number[] } | { allowed: false; retryAfterSeconds: number };

// JSON keeps the pair unambiguous whatever characters the address or the typed email hold.
const accountAndIp = (account: string, ip: string) => JSON.stringify([account, ip]);

export async function recordLoginAttempt(
	account: string,
	ip: string,
	now = new Date(),
	config: AuthConfig = settings().auth
): Promise<ThrottleDecision> {
	const windowMs = config.throttleWindowMs;
	const windowStart = new Date(now.getTime() - windowMs);
	await db.loginAttempt.deleteMany({ where: { createdAt: { lt: windowStart } } });

	const rows = await db.$transaction([
		db.loginAttempt.create({ data: { scope: 'account', key: account, createdAt: now } }),
		db.loginAttempt.create({ data: { scope: 'ip', key: ip, createdAt: now } }),
		db.loginAttempt.create({ data: { scope: 'account-ip', key: accountAndIp(account, ip), createdAt: now } })
	]);
	const attemptIds = rows.map((row) => row.id);

	/** The latest `limit` attempts before this one in the window, newest first. */
	const earlier = async (scope: AttemptScope, key: string, limit: number) => {
		const found = await db.loginAttempt.findMany({
			where: { scope, key, createdAt: { gte: windowStart }, id: { notIn: attemptIds } },
			orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
			take: limit,
			select: { createdAt: true }
		});
		return found.map((row) => row.createdAt.getTime());
	};
	// At a limit, the attempt is refused until the oldest of the last `limit` attempts leaves the window.
	const freeAt = (times: number[], limit: number) => (times.length >= limit ? times[limit - 1]! + windowMs : 0);

	const fromHere = await earlier('account-ip', accountAndIp(account, ip), config.maxFailuresPerAccountAndIp);
	const fromIp = await earlier('ip', ip, config.maxFailuresPerIp);
	let retryAt = Math.max(freeAt(fromHere, config.maxFailuresPerAccountAndIp), freeAt(fromIp, config.maxFailuresPerIp));
	if (fromHere.length > 0) {
		// The ceiling holds this address only while it has failures of its own at the account: free again when
		// the account drops below the ceiling or this address's newest failure leaves the window, whichever is first.
		const atAccount = await earlier('account', account, config.maxFailuresPerAccountAllIps);
		const ceilingFreeAt = freeAt(atAccount, config.maxFailuresPerAccountAllIps);
		if (ceilingFreeAt > 0) retryAt = Math.max(retryAt, Math.min(ceilingFreeAt, fromHere[0]! + windowMs));
	}

	if (retryAt > now.getTime()) {
		// A refused attempt checks no password, so it does not count: the lock-out ends when the window
		// has passed since the real failures, however often someone keeps knocking.
		await db.loginAttempt.deleteMany({ where: { id: { in: attemptIds } } });
		return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((retryAt - now.getTime()) / 1000)) };
	}
	return { allowed: true, attemptIds };
}

/**
 * After a correct password: this address's failures at the account are forgiven, and this attempt no longer
 * counts anywhere. Everything else stays: the address's failures at other accounts, and other addresses'
 * failures at this account (an owner signing in during an attack must not reset the attacker's counts,
 * nor lift the ceiling).
 */
export async function clearLoginAttempts(account: string, ip: string, attemptIds: number[]): Promise<void> {
	await db.loginAttempt.deleteMany({
		where: { OR: [{ scope: 'account-ip', key: accountAndIp(account, ip) }, { id: { in: attemptIds } }] }
	});
}
