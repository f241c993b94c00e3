// A module started again as a worker thread: the built server has each such module in a chunk of its own,
// which a Worker can load by the module's import.meta.url (the mail drainer, tickets' QR codes). A role in
// workerData tells the loaded chunk which work it is there for. From the sources (vite dev, vitest) there
// is no built file to start, and the work runs on the calling thread.
import {
	isMainThread,
	parentPort,
	Worker,
	workerData,
	type MessagePort,
	type WorkerOptions
} from 'node:worker_threads';

/** The built file of the module whose import.meta.url this is, or null when running from the sources. */
export function builtFileOf(moduleUrl: string): URL | null {
	const file = new URL(moduleUrl);
	return file.pathname.endsWith('.js') ? file : null;
}

/** Starts `file` as a worker thread for `role`. */
export function startThread(file: URL, role: string, options: Omit<WorkerOptions, 'workerData'> = {}): Worker {
	return new Worker(file, { ...options, workerData: { role } });
}

/** Inside a thread started for `role`: its port to the thread that started it; null anywhere else. */
export function portOfThread(role: string): MessagePort | null {
	if (isMainThread || (workerData as { role?: string } | null)?.role !== role) return null;
	return parentPort;
}
