import { error } from '@sveltejs/kit';
import { editionOfPage } from '$lib/server/editions/editions';
import { getSpeaker } from '$lib/server/agenda/speakers';
import { markdownToText, renderMarkdown } from '$lib/server/markdown';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url, locals }) => {
	const { event } = await editionOfPage(url, locals);
	const speaker = await getSpeaker(event.id, params.slug, getLocale());
	if (!speaker) error(404, m.not_found_title());
	// Bios are Markdown, rendered and sanitised here, when the page is read (the page cache keeps it).
	return {
		speaker,
		bioHtml: renderMarkdown(speaker.bio),
		bioText: markdownToText(speaker.bio),
		timeZone: event.timeZone
	};
};
