// Registration posts per client address per minute (REGISTRATION_RATE_LIMIT; 0 turns it off). A fixed
// window kept per instance: a throttle against floods, not state that must survive a restart.
const WINDOW_MS = 60_000;
const DEFAULT_LIMIT = 20;
const MAX_TRACKED = 50_000;

const windows = new Map<string, { startedAt: number; count: number }>();

export function registrationRateLimit(env: Record<string, string | undefined> = process.env): number {
	const configured = Number(env.REGISTRATION_RATE_LIMIT);
	return env.REGISTRATION_RATE_LIMIT !== undefined && Number.isFinite(configured) && configured >= 0 ? configured : DEFAULT_LIMIT;
}

/** Counts one post; false when the address is over the limit for this minute. */
export function allowRegistrationPost(address: string, limit = registrationRateLimit(), now = Date.now()): boolean {
	if (limit === 0) return true;
	const current = windows.get(address);
	if (!current || now - current.startedAt >= WINDOW_MS) {
		if (windows.size >= MAX_TRACKED) windows.clear();
		windows.set(address, { startedAt: now, count: 1 });
		return true;
	}
	current.count += 1;
	return current.count <= limit;
}

export function resetRegistrationRateLimits(): void {
	windows.clear();
}
