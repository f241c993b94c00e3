// Work each instance does beside answering requests: sending queued mail and finishing seat moves that an
// interrupted request left behind. All state is in the database, so any instance may do either.
import { getCurrentEvent } from './agenda/event';
import { startMailDrainer } from './mail/outbox';
import { reconcileSeats } from './registration/waitlist';

const RECONCILE_EVERY_MS = 30_000;

export function startBackgroundWork(): () => Promise<void> {
	const stopMail = startMailDrainer();
	const reconcile = async () => {
		try {
			await reconcileSeats((await getCurrentEvent()).id);
		} catch (error) {
			console.error('Seat reconciliation failed:', error);
		}
	};
	void reconcile();
	const timer = setInterval(() => void reconcile(), RECONCILE_EVERY_MS);
	timer.unref();
	return async () => {
		clearInterval(timer);
		await stopMail();
	};
}
