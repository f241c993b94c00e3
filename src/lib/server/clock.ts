// The current instant. SUMMIT_CLOCK (an ISO 8601 instant) pins it, so browser tests against the
// production build can see the agenda as it looks during the summit. Domain functions take `now` as
// an argument; only routes ask this module.
export function now(env: Record<string, string | undefined> = process.env): Date {
	const pinned = env.SUMMIT_CLOCK;
	if (pinned) {
		const instant = new Date(pinned);
		if (!Number.isNaN(instant.getTime())) return instant;
	}
	return new Date();
}
