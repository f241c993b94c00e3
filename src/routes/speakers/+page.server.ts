import { getCurrentEvent } from '$lib/server/agenda/event';
import { listSpeakers } from '$lib/server/agenda/speakers';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const event = await getCurrentEvent();
	return { speakers: await listSpeakers(event.id), eventName: event.name };
};
