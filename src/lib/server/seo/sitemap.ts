// sitemap.xml: the public pages, each with the instant its content last changed (lastmod) where known:
// the current edition's at their unprefixed addresses, then each past edition's under its year. Each page
// is listed in every language, with its hreflang alternates (xhtml:link), as search engines ask.
import { isProgrammeSession } from '$lib/agenda/vocabulary';
import { listSessions } from '../agenda/sessions';
import { listSpeakers } from '../agenda/speakers';
import type { SummitEvent } from '../agenda/event';
import { hreflangAlternates } from '$lib/i18n/alternates';

const escapeXml = (text: string) => text.replace(/[<>&'"]/g, (char) => `&#${char.charCodeAt(0)};`);

type Entry = { path: string; lastModified?: Date };
type Edition = Pick<SummitEvent, 'id' | 'editedAt'>;

async function editionEntries(event: Edition, base: string): Promise<Entry[]> {
	const [sessions, speakers] = await Promise.all([listSessions(event.id), listSpeakers(event.id)]);
	return [
		{ path: `${base}/`, lastModified: event.editedAt },
		{ path: `${base}/agenda` },
		{ path: `${base}/agenda/changes` },
		{ path: `${base}/speakers` },
		...sessions
			.filter((s) => isProgrammeSession(s.kind))
			.map((s) => ({ path: `${base}/agenda/${s.slug}`, lastModified: s.editedAt })),
		...speakers.map((s) => ({ path: `${base}/speakers/${s.slug}`, lastModified: s.updatedAt }))
	];
}

/** `pastEditions`: the published editions other than `event`, with their prefix ("/2024"). */
export async function buildSitemap(
	event: Edition,
	origin: string,
	pastEditions: { event: Edition; base: string }[] = []
): Promise<string> {
	const entries = (
		await Promise.all([editionEntries(event, ''), ...pastEditions.map((past) => editionEntries(past.event, past.base))])
	).flat();
	return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${entries.flatMap((entry) => languageEntries(entry, origin)).join('\n')}
</urlset>
`;
}

/** One <url> per language of a page, each naming all of them. */
function languageEntries({ path, lastModified }: Entry, origin: string): string[] {
	const alternates = hreflangAlternates(path, origin);
	const links = alternates
		.map(({ hreflang, href }) => `<xhtml:link rel="alternate" hreflang="${hreflang}" href="${escapeXml(href)}"/>`)
		.join('');
	const lastmod = lastModified ? `<lastmod>${lastModified.toISOString()}</lastmod>` : '';
	return alternates
		.filter(({ hreflang }) => hreflang !== 'x-default')
		.map(({ href }) => `  <url><loc>${escapeXml(href)}</loc>${lastmod}${links}</url>`);
}
