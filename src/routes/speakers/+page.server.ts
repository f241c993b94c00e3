import { editionOfPage } from '$lib/server/editions/editions';
import { listSpeakers } from '$lib/server/agenda/speakers';
import type { PageServerLoad } from './$types';
import { getLocale } from '$lib/paraglide/runtime';

export const load: PageServerLoad = async ({ url, locals }) => {
	const { event } = await editionOfPage(url, locals);
	return { speakers: await listSpeakers(event.id, { locale: getLocale() }), eventName: event.name };
};
