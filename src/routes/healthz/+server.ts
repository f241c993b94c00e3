// Liveness for load balancers and supervisors: the process answers. Touches nothing else.
import type { RequestHandler } from './$types';
import { probeHeaders } from '$lib/server/health';

export const GET: RequestHandler = () => new Response('{"status":"ok"}', { headers: probeHeaders });
