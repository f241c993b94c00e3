// Whether the thread that answers requests is busy: a rush. Mail goes out on a thread of its own at the
// lowest priority, yet while it drained, a PostgreSQL rush acknowledged nearly two in five fewer
// registrations (README, The registration rush): its database work, its garbage collection and its file
// writes run at normal priority, in PostgreSQL and in Node's helper threads. So the mail thread is told
// when the requests keep this thread busy, and yields (mail/outbox.ts).
import { performance } from 'node:perf_hooks';

/** Busy: the event loop ran more than half of the last sample (a site between rushes is near 0). */
const BUSY_ABOVE = 0.5;
const SAMPLE_EVERY_MS = 250;

/**
 * Calls `onChange(busy)` whenever this thread's event loop turns busy or calm, judged every `everyMs`;
 * returns a stop function. Starts calm.
 */
export function watchBusy(onChange: (busy: boolean) => void, everyMs = SAMPLE_EVERY_MS): () => void {
	let busy = false;
	let last = performance.eventLoopUtilization();
	const timer = setInterval(() => {
		const now = performance.eventLoopUtilization();
		const { utilization } = performance.eventLoopUtilization(now, last);
		last = now;
		if (utilization > BUSY_ABOVE === busy) return;
		busy = !busy;
		onChange(busy);
	}, everyMs);
	timer.unref();
	return () => clearInterval(timer);
}
