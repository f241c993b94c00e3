// Readiness for load balancers: 200 while the database answers and its migrations are current, else 503.
import type { RequestHandler } from './$types';
import { probeHeaders, readiness } from '$lib/server/health';

export const GET: RequestHandler = async () => {
	const state = await readiness();
	return new Response(JSON.stringify(state), { status: state.ready ? 200 : 503, headers: probeHeaders });
};
