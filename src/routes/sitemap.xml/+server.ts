import { getCurrentEvent } from '$lib/server/agenda/event';
import { listSessions } from '$lib/server/agenda/sessions';
import { listSpeakers } from '$lib/server/agenda/speakers';
import { isProgrammeSession } from '$lib/agenda/vocabulary';
import type { RequestHandler } from './$types';
import { settings } from '$lib/server/config';

const escapeXml = (text: string) => text.replace(/[<>&'"]/g, (char) => `&#${char.charCodeAt(0)};`);

export const GET: RequestHandler = async () => {
	const event = await getCurrentEvent();
	const [sessions, speakers] = await Promise.all([listSessions(event.id), listSpeakers(event.id)]);
	const entries: { path: string; lastModified?: Date }[] = [
		{ path: '/', lastModified: event.updatedAt },
		{ path: '/agenda' },
		{ path: '/speakers' },
		...sessions.filter((s) => isProgrammeSession(s.kind)).map((s) => ({ path: `/agenda/${s.slug}`, lastModified: s.updatedAt })),
		...speakers.map((s) => ({ path: `/speakers/${s.slug}`, lastModified: s.updatedAt }))
	];
	const body = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${entries
	.map(
		({ path, lastModified }) =>
			`  <url><loc>${escapeXml(settings().publicUrl + path)}</loc>${lastModified ? `<lastmod>${lastModified.toISOString()}</lastmod>` : ''}</url>`
	)
	.join('\n')}
</urlset>
`;
	return new Response(body, {
		headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=300' }
	});
};
