// The current instant: the one clock every "now" comes from. SUMMIT_CLOCK (an ISO 8601 instant) pins it,
// so a preview or a browser test sees the site as it looks at that moment. Domain functions take `now` as
// an argument; only routes and background work ask this module.
import { settings } from './config';

export function now(): Date {
	return settings().clock ?? new Date();
}
