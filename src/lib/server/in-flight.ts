// Requests still being handled. adapter-node signals shutdown once its sockets have closed, but a handler
// whose client has gone away may still be writing: the database stays open until those have finished.
let inFlight = 0;

export async function trackRequest<T>(handle: () => Promise<T>): Promise<T> {
	inFlight++;
	try {
		return await handle();
	} finally {
		inFlight--;
	}
}

export async function requestsFinished(timeoutMs = 10_000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (inFlight > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
}
