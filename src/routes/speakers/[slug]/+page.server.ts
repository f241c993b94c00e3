import { error } from '@sveltejs/kit';
import { getCurrentEvent } from '$lib/server/agenda/event';
import { getSpeaker } from '$lib/server/agenda/speakers';
import { markdownToText, renderMarkdown } from '$lib/server/markdown';
import { m } from '$lib/paraglide/messages';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const event = await getCurrentEvent();
	const speaker = await getSpeaker(event.id, params.slug);
	if (!speaker) error(404, m.not_found_title());
	// Bios are Markdown, rendered and sanitised here, when the page is read (the page cache keeps it).
	return {
		speaker,
		bioHtml: renderMarkdown(speaker.bio),
		bioText: markdownToText(speaker.bio),
		timeZone: event.timeZone
	};
};
