// sitemap.xml: the public pages, each with the instant its content last changed (lastmod) where known.
import { isProgrammeSession } from '$lib/agenda/vocabulary';
import { listSessions } from '../agenda/sessions';
import { listSpeakers } from '../agenda/speakers';
import type { SummitEvent } from '../agenda/event';

const escapeXml = (text: string) => text.replace(/[<>&'"]/g, (char) => `&#${char.charCodeAt(0)};`);

export async function buildSitemap(event: Pick<SummitEvent, 'id' | 'editedAt'>, origin: string): Promise<string> {
	const [sessions, speakers] = await Promise.all([listSessions(event.id), listSpeakers(event.id)]);
	const entries: { path: string; lastModified?: Date }[] = [
		{ path: '/', lastModified: event.editedAt },
		{ path: '/agenda' },
		{ path: '/speakers' },
		...sessions
			.filter((s) => isProgrammeSession(s.kind))
			.map((s) => ({ path: `/agenda/${s.slug}`, lastModified: s.editedAt })),
		...speakers.map((s) => ({ path: `/speakers/${s.slug}`, lastModified: s.updatedAt }))
	];
	return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${entries
	.map(
		({ path, lastModified }) =>
			`  <url><loc>${escapeXml(origin + path)}</loc>${lastModified ? `<lastmod>${lastModified.toISOString()}</lastmod>` : ''}</url>`
	)
	.join('\n')}
</urlset>
`;
}
