import type { RequestHandler } from './$types';

// Organizer and private attendee pages are not for search engines.
export const GET: RequestHandler = ({ url }) =>
	new Response(`User-agent: *\nAllow: /\nDisallow: /admin\nDisallow: /my/\n\nSitemap: ${url.origin}/sitemap.xml\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=3600' }
	});
