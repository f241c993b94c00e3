// One PostgreSQL connection in pipeline mode (pg's `pipeline: true`) for the hot write of a rush, a new
// registration. Each statement is sent as it comes, without waiting for the answers to the ones before;
// PostgreSQL runs them in order, each in its own transaction (pg ends every statement with a Sync), and
// each gets its own answer or error.
// Why one connection: the registration statement takes the event's seat row. From the ten connections
// of the pool, registrations queued on that row's lock, and PostgreSQL spent about twice the CPU on each
// (pgbench, the same statement: 0.41 ms a transaction from one connection, 0.65 from two, 0.89 from
// eight). Awaited one by one on one connection, each would also wait for a turn of the event loop.
import pg from 'pg';

// pg's Client has these (they ref and unref its socket); @types/pg 8.23 does not list them.
declare module 'pg' {
	interface Client {
		ref(): void;
		unref(): void;
	}
}

export type PipelinedConnection = {
	query<R extends pg.QueryResultRow>(config: pg.QueryConfig): Promise<pg.QueryResult<R>>;
	end(): Promise<void>;
};

export function createPipelinedConnection(connectionString: string): PipelinedConnection {
	let current: Promise<pg.Client> | null = null;

	function open(): Promise<pg.Client> {
		const client = new pg.Client({ connectionString, pipeline: true });
		const opened = client.connect().then(() => client);
		// A lost connection rejects the statements in flight (each caller answers its own error); the
		// next statement opens a new one. Without an 'error' listener pg would end the process.
		const forget = () => {
			if (current === opened) current = null;
		};
		client.on('error', forget);
		client.on('end', forget);
		opened.catch(forget);
		return (current = opened);
	}

	// Idle, the connection does not keep the process alive (as a pool's idle clients do not): a script or a
	// test that registered someone can end. Statements in flight do keep it.
	let inFlight = 0;

	return {
		async query(config) {
			const client = await (current ?? open());
			if (inFlight++ === 0) client.ref();
			try {
				return await client.query(config);
			} finally {
				if (--inFlight === 0) client.unref();
			}
		},
		async end() {
			const closing = current;
			current = null;
			await closing?.then(
				(client) => client.end(),
				() => undefined
			);
		}
	};
}
