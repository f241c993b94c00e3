import type { RequestHandler } from './$types';
import { settings } from '$lib/server/config';

// Organizer and private attendee pages are not for search engines.
export const GET: RequestHandler = () =>
	new Response(
		`User-agent: *\nAllow: /\nDisallow: /admin\nDisallow: /my/\n\nSitemap: ${settings().publicUrl}/sitemap.xml\n`,
		{
			headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=3600' }
		}
	);
