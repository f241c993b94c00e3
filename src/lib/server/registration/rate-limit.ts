// Registration posts per client address per minute (REGISTRATION_RATE_LIMIT; 0 turns it off). A fixed
// window kept per instance: a throttle against floods, not state that must survive a restart.
import { settings } from '../config';

const WINDOW_MS = 60_000;
const MAX_TRACKED = 50_000;

const windows = new Map<string, { startedAt: number; count: number }>();

/** Counts one post; false when the address is over the limit for this minute. */
export function allowRegistrationPost(
	address: string,
	limit = settings().registrationRateLimit,
	now = Date.now()
): boolean {
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
