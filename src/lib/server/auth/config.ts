// Sign-in settings from the environment, with defaults meant for a public deployment. Pure: tests pass
// their own env. Every duration is whole minutes or days so an operator can read it at a glance.

export type AuthConfig = {
	/** Sliding lifetime of a sign-in: it lapses after this long without a request. */
	sessionLifetimeMs: number;
	/** Failed attempts count against the limits for this long. */
	throttleWindowMs: number;
	maxFailuresPerAccount: number;
	maxFailuresPerIp: number;
	invitationLifetimeMs: number;
};

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

function positiveInteger(value: string | undefined, fallback: number): number {
	const parsed = Number(value);
	return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback;
}

export function authConfig(env: Record<string, string | undefined> = process.env): AuthConfig {
	return {
		sessionLifetimeMs: positiveInteger(env.AUTH_SESSION_DAYS, 7) * DAY_MS,
		throttleWindowMs: positiveInteger(env.LOGIN_THROTTLE_MINUTES, 15) * MINUTE_MS,
		maxFailuresPerAccount: positiveInteger(env.LOGIN_MAX_FAILURES_PER_ACCOUNT, 5),
		maxFailuresPerIp: positiveInteger(env.LOGIN_MAX_FAILURES_PER_IP, 20),
		invitationLifetimeMs: positiveInteger(env.INVITATION_DAYS, 7) * DAY_MS
	};
}
