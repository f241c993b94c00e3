// Throttling sign-in attempts per account and per client address, in the database so every app instance
// shares the counts and a restart forgets nothing. An attempt is recorded *before* the password is
// checked and only then counted, so a burst of parallel guesses cannot all slip under the limit: each
// one sees the others' rows. A successful sign-in removes its account's rows and its own address row.
import { db } from '../db';
import { settings, type Settings } from '../config';

type AuthConfig = Settings['auth'];

export type AttemptScope = 'account' | 'ip';

export type ThrottleDecision =
	| { allowed: true; attemptIds: number[] }
	| { allowed: false; retryAfterSeconds: number };

export async function recordLoginAttempt(
	account: string,
	ip: string,
	now = new Date(),
	config: AuthConfig = settings().auth
): Promise<ThrottleDecision> {
	const windowStart = new Date(now.getTime() - config.throttleWindowMs);
	await db.loginAttempt.deleteMany({ where: { createdAt: { lt: windowStart } } });

	const [accountAttempt, ipAttempt] = await db.$transaction([
		db.loginAttempt.create({ data: { scope: 'account', key: account, createdAt: now } }),
		db.loginAttempt.create({ data: { scope: 'ip', key: ip, createdAt: now } })
	]);
	const attemptIds = [accountAttempt.id, ipAttempt.id];

	const limits: [AttemptScope, string, number][] = [
		['account', account, config.maxFailuresPerAccount],
		['ip', ip, config.maxFailuresPerIp]
	];
	let retryAfterMs = 0;
	for (const [scope, key, limit] of limits) {
		// The attempts before this one; at the limit, this one is refused.
		const earlier = await db.loginAttempt.findMany({
			where: { scope, key, createdAt: { gte: windowStart }, id: { notIn: attemptIds } },
			orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
			take: limit,
			select: { createdAt: true }
		});
		if (earlier.length >= limit) {
			// Free again when the oldest of the last `limit` failures leaves the window.
			const oldest = earlier[limit - 1]!.createdAt.getTime();
			retryAfterMs = Math.max(retryAfterMs, oldest + config.throttleWindowMs - now.getTime());
		}
	}
	if (retryAfterMs > 0) {
		// A refused attempt checks no password, so it does not count: the lock-out ends when the window
		// has passed since the real failures, however often someone keeps knocking.
		await db.loginAttempt.deleteMany({ where: { id: { in: attemptIds } } });
		return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) };
	}
	return { allowed: true, attemptIds };
}

/** After a correct password: the account starts afresh; the address keeps its other failures. */
export async function clearLoginAttempts(account: string, attemptIds: number[]): Promise<void> {
	await db.loginAttempt.deleteMany({ where: { OR: [{ scope: 'account', key: account }, { id: { in: attemptIds } }] } });
}
