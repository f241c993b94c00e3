// Work each instance does beside answering requests: sending queued mail, making tickets' QR codes on a
// thread of their own (registration/ticket-qr.ts), finishing seat moves that an
// interrupted request left behind, queueing the day-before reminders when it is time (every instance looks;
// the first to get there queues them), and listening for content changes so this instance's in-memory
// renders never outlive another instance's change by more than a second. All state is in the database,
// so any instance may do any of it.
import { getCurrentEvent } from './agenda/event';
import { queueReminders } from './agenda/reminders';
import { now } from './clock';
import { startContentListener } from './cache/content-listener';
import { settings } from './config';
import { db } from './db';
import { startMailDrainerThread } from './mail/drainer-thread';
import { nudgeMailDrainer } from './mail/outbox';
import { startTicketQrThread } from './registration/ticket-qr';
import { reconcileSeats } from './registration/waitlist';

const RECONCILE_EVERY_MS = 30_000;

/**
 * Starts everything; the returned function stops it, waits for the work under way to finish and closes
 * the content listener's connection.
 */
export async function startBackgroundWork(): Promise<() => Promise<void>> {
	const stopContentListener = await startContentListener(db, settings().databaseUrl);
	const stopMail = startMailDrainerThread();
	const stopTicketQr = startTicketQrThread();
	let reconciling: Promise<void> | null = null;
	const reconcile = async () => {
		try {
			await reconcileSeats((await getCurrentEvent()).id);
		} catch (error) {
			console.error('Seat reconciliation failed:', error);
		}
		try {
			if ((await queueReminders((await getCurrentEvent()).id, now())) > 0) nudgeMailDrainer();
		} catch (error) {
			console.error('Queueing reminders failed:', error);
		}
	};
	const tick = () => {
		if (!reconciling) reconciling = reconcile().finally(() => (reconciling = null));
	};
	tick();
	const timer = setInterval(tick, RECONCILE_EVERY_MS);
	timer.unref();
	return async () => {
		clearInterval(timer);
		await Promise.all([stopMail(), stopTicketQr(), stopContentListener(), reconciling]);
	};
}
