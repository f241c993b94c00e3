import { getCurrentEvent } from '$lib/server/agenda/event';
import { listPastEditions } from '$lib/server/editions/editions';
import { buildSitemap } from '$lib/server/seo/sitemap';
import type { RequestHandler } from './$types';
import { settings } from '$lib/server/config';

export const GET: RequestHandler = async () => {
	const body = await buildSitemap(await getCurrentEvent(), settings().publicUrl, await listPastEditions());
	return new Response(body, {
		headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=300' }
	});
};
