// The outbox drained on a thread of its own, at the lowest priority. A confirmation costs several times
// the registration that queued it (templates, the calendar, the QR code, MIME); drained on the thread that
// answers requests, every mail rendered in a rush delays acknowledgments. On its own thread it takes a
// core the requests leave idle; while they keep their thread busy, it is told so and yields (busy.ts).
//
// The built server starts this very module again as a worker (its own chunk of the build, by
// import.meta.url). The worker opens its own database connections, at most one per SMTP connection and
// one more, and runs the same drainer as before; all state stays in the database, so the claims work
// across the threads as they do across instances. It keeps no listener of its own: the main thread's
// passes on every content version it sees, so the worker's cached event and calendars are dropped with
// the main thread's renders. From the sources (vite dev, vitest) there is no built file to start, and the
// drainer runs in the calling thread.
import { constants, setPriority } from 'node:os';
import type { MessagePort, Worker } from 'node:worker_threads';
import { contentVersionSeen, dropRenders, registerRenders, seenContentVersion } from '../cache/renders';
import { settings } from '../config';
import { closeAppDatabase, prepareAppDatabase } from '../db';
import { watchBusy } from '../busy';
import { builtFileOf, portOfThread, startThread } from '../threads';
import { drainElsewhere, nudgeMailDrainer, setSiteBusy, startMailDrainer } from './outbox';

const ROLE = 'summit-mail-drainer';
const RESTART_AFTER_MS = 5_000;
const STOP_WITHIN_MS = 10_000;

type ToThread = 'nudge' | 'stop' | { contentVersion: number | null } | { busy: boolean };
type FromThread = 'stopped';

/** Inside the worker: drain until the main thread says stop. */
async function runInThread(port: MessagePort): Promise<void> {
	lowerThisThreadsPriority();
	let stopRequested = false;
	let stopDraining: (() => Promise<void>) | null = null;
	// A stop can come while the database is still being opened (a server stopped right after it started):
	// it waits for the opening, and then no drainer starts.
	const started = prepareAppDatabase().then(() => {
		if (!stopRequested) stopDraining = startMailDrainer();
	});
	port.on('message', async (message: ToThread) => {
		if (typeof message === 'object' && 'busy' in message) setSiteBusy(message.busy);
		else if (typeof message === 'object') {
			if (message.contentVersion === null) dropRenders();
			else contentVersionSeen(message.contentVersion);
		} else if (message === 'nudge') nudgeMailDrainer();
		else if (message === 'stop') {
			stopRequested = true;
			await started.catch(() => undefined);
			// The mail under way is finished first.
			await stopDraining?.();
			await closeAppDatabase();
			port.postMessage('stopped' satisfies FromThread);
		}
	});
	await started;
}

/**
 * Mail waits for requests: on Linux a thread's nice value is its own (setpriority on the calling thread,
 * which is what pid 0 means there), so this thread takes only what the request thread leaves.
 */
function lowerThisThreadsPriority(): void {
	try {
		setPriority(constants.priority.PRIORITY_LOW);
	} catch {
		// Not allowed here: the thread keeps the process's priority.
	}
}

const portAsMailThread = portOfThread(ROLE);
if (portAsMailThread) {
	runInThread(portAsMailThread).catch((error: unknown) => {
		console.error('The mail thread could not start:', error);
		// In a worker this ends the thread only; the main thread starts another.
		process.exit(1);
	});
}

/**
 * Drains the outbox on a worker thread when running from the build, or in this thread from the sources;
 * returns a stop function that waits for the mail under way. A thread that dies is started again.
 */
export function startMailDrainerThread(): () => Promise<void> {
	const self = builtFileOf(import.meta.url);
	if (!self) return startMailDrainer();

	const { databasePoolSize, mail } = settings();
	// The drainer's lanes each wait on one query at a time; the claim takes one more.
	const env = { ...process.env, DATABASE_POOL_SIZE: String(Math.min(databasePoolSize, mail.connections + 1)) };
	let worker: Worker | null = null;
	let busyNow = false;
	let stopping = false;
	let restartTimer: NodeJS.Timeout | undefined;
	const tell = (message: ToThread) => worker?.postMessage(message);
	const start = () => {
		const thread = startThread(self, ROLE, { env });
		worker = thread;
		tell({ contentVersion: seenContentVersion() });
		if (busyNow) tell({ busy: true });
		thread.on('error', (error) => console.error('The mail thread failed:', error));
		thread.on('exit', (code) => {
			if (worker === thread) worker = null;
			if (stopping) return;
			console.error(`The mail thread ended (code ${code}); starting it again in ${RESTART_AFTER_MS / 1000} s.`);
			restartTimer = setTimeout(start, RESTART_AFTER_MS);
			restartTimer.unref();
		});
	};
	start();
	// Called when this thread's renders are dropped: the content version moved.
	registerRenders(() => tell({ contentVersion: seenContentVersion() }));
	drainElsewhere(() => tell('nudge'));
	// A thread started again after a failure is told at once (above).
	const stopWatching = watchBusy((busy) => {
		busyNow = busy;
		tell({ busy });
	});

	return async () => {
		stopping = true;
		stopWatching();
		clearTimeout(restartTimer);
		drainElsewhere(null);
		const thread = worker;
		if (!thread) return;
		await new Promise<void>((resolve) => {
			const giveUp = setTimeout(resolve, STOP_WITHIN_MS);
			thread.on('message', (message: FromThread) => {
				if (message !== 'stopped') return;
				clearTimeout(giveUp);
				resolve();
			});
			thread.once('exit', () => {
				clearTimeout(giveUp);
				resolve();
			});
			thread.postMessage('stop' satisfies ToThread);
		});
		await thread.terminate();
	};
}
