import { getCurrentEvent, listEventOrganisations } from '$lib/server/agenda/event';
import { listHighlights, listQuotes } from '$lib/server/agenda/home';
import { listSpeakers } from '$lib/server/agenda/speakers';
import { summitJsonLd } from '$lib/server/seo/json-ld';
import type { PageServerLoad } from './$types';
import { settings } from '$lib/server/config';

export const load: PageServerLoad = async () => {
	const event = await getCurrentEvent();
	const [highlights, quotes, featuredSpeakers, organisations] = await Promise.all([
		listHighlights(event.id),
		listQuotes(event.id),
		listSpeakers(event.id, { featuredOnly: true }),
		listEventOrganisations(event.id)
	]);
	const host = organisations.find((organisation) => organisation.role === 'host');
	return {
		summit: event,
		highlights,
		quotes,
		featuredSpeakers,
		organisations,
		jsonLd: summitJsonLd(event, {
			url: settings().publicUrl + '/',
			image: `${settings().publicUrl}/og-image.png`,
			host: host?.name ?? null,
			performers: featuredSpeakers.map((speaker) => speaker.name)
		})
	};
};
