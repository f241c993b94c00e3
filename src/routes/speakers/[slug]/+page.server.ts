import { error } from '@sveltejs/kit';
import { getCurrentEvent } from '$lib/server/agenda/event';
import { getSpeaker } from '$lib/server/agenda/speakers';
import { m } from '$lib/i18n';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const event = await getCurrentEvent();
	const speaker = await getSpeaker(event.id, params.slug);
	if (!speaker) error(404, m.notFound.title);
	return { speaker, timeZone: event.timeZone };
};
