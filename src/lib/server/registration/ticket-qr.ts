// The QR code of a ticket's reference, as the registrant's page shows it. Making one costs more than the
// rest of the page (the library scores all eight masks): a rush of new registrants each lands on theirs,
// then reloads it. So the latest are kept, and a new one is made on a thread of its own, on a core the
// request thread leaves idle, not on the thread that answers requests.
//
// The built server starts the very file this module is bundled into again as that thread (by
// import.meta.url), as the mail thread does; imported by the server's background work and by the page,
// this module is a chunk of its own in the build, so the thread loads nothing else. From the sources
// (vite dev, vitest) there is no built file to start, and codes are made on the calling thread. If the
// thread dies, the codes it owed are made here, and a code asked for 5 s later starts a new thread.
import QRCode from 'qrcode';
import type { Worker } from 'node:worker_threads';
import { qrSegments } from '../qr-segments';
import { builtFileOf, portOfThread, startThread } from '../threads';

const ROLE = 'summit-ticket-qr';
const KEPT = 2_000;
const made = new Map<string, Promise<string>>();

type Order = { id: number; reference: string };
type Delivery = { id: number; svg: string } | { id: number; failure: string };

export function ticketQrSvg(reference: string): Promise<string> {
	let svg = made.get(reference);
	if (!svg) {
		svg = madeElsewhere(reference);
		made.set(reference, svg);
		svg.catch(() => made.delete(reference));
		// A Map keeps insertion order: the oldest goes first.
		if (made.size > KEPT) made.delete(made.keys().next().value!);
	}
	return svg;
}

function makeSvg(reference: string): Promise<string> {
	return QRCode.toString(qrSegments(reference), { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
}

type Owed = { reference: string; resolve: (svg: string) => void; reject: (error: Error) => void };
type QrThread = { worker: Worker; owed: Map<number, Owed> };
/** The built file to start as the thread, while the server runs (startTicketQrThread). */
let threadFile: URL | null = null;
let thread: QrThread | null = null;
let lastId = 0;
/** After a thread died: codes are made here until then, so a thread that cannot start is not tried per request. */
let restartAfter = 0;
const RESTART_AFTER_MS = 5_000;

/**
 * Starts the thread with the server, so the first registrant does not wait for it to boot; the returned
 * function stops it (codes it still owed are made on this thread).
 */
export function startTicketQrThread(): () => Promise<void> {
	const self = builtFileOf(import.meta.url);
	if (!self) return async () => undefined;
	threadFile = self;
	thread = startQrThread(self);
	return async () => {
		threadFile = null;
		const stopping = thread;
		thread = null;
		await stopping?.worker.terminate();
	};
}

function madeElsewhere(reference: string): Promise<string> {
	if (!thread && threadFile && Date.now() >= restartAfter) thread = startQrThread(threadFile);
	const current = thread;
	if (!current) return makeSvg(reference);
	const id = ++lastId;
	return new Promise((resolve, reject) => {
		current.owed.set(id, { reference, resolve, reject });
		current.worker.postMessage({ id, reference } satisfies Order);
	});
}

function startQrThread(file: URL): QrThread {
	const worker = startThread(file, ROLE);
	const started: QrThread = { worker, owed: new Map() };
	// A stop the server forgot must not keep the process alive.
	worker.unref();
	worker.on('message', (delivery: Delivery) => {
		const owed = started.owed.get(delivery.id);
		started.owed.delete(delivery.id);
		if ('svg' in delivery) owed?.resolve(delivery.svg);
		else owed?.reject(new Error(delivery.failure));
	});
	worker.on('error', (error) => console.error('The QR code thread failed:', error));
	worker.on('exit', () => {
		// Not stopped by the server: a code after a pause starts a new thread.
		if (thread === started) {
			thread = null;
			restartAfter = Date.now() + RESTART_AFTER_MS;
		}
		for (const owed of started.owed.values()) makeSvg(owed.reference).then(owed.resolve, owed.reject);
		started.owed.clear();
	});
	return started;
}

const port = portOfThread(ROLE);
if (port) {
	port.on('message', ({ id, reference }: Order) => {
		makeSvg(reference).then(
			(svg) => port.postMessage({ id, svg } satisfies Delivery),
			(error: unknown) => port.postMessage({ id, failure: String(error) } satisfies Delivery)
		);
	});
}
