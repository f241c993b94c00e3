import { getCurrentEvent, listEventOrganisations } from '$lib/server/agenda/event';
import { listHighlights, listQuotes } from '$lib/server/agenda/home';
import { listSpeakers } from '$lib/server/agenda/speakers';
import { summitJsonLd } from '$lib/server/seo/json-ld';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
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
			url: url.origin + '/',
			image: `${url.origin}/og-image.png`,
			host: host?.name ?? null,
			performers: featuredSpeakers.map((speaker) => speaker.name)
		})
	};
};
