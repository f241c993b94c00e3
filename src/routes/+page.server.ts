import { listEventOrganisations } from '$lib/server/agenda/event';
import { editionOfPage } from '$lib/server/editions/editions';
import { listHighlights, listQuotes } from '$lib/server/agenda/home';
import { listSpeakerNames, listSpeakers } from '$lib/server/agenda/speakers';
import { summitJsonLd } from '$lib/server/seo/json-ld';
import { now } from '$lib/server/clock';
import { seatsLeftOf, summitStage } from '$lib/server/agenda/stage';
import type { PageServerLoad } from './$types';
import { settings } from '$lib/server/config';

export const load: PageServerLoad = async ({ url, locals }) => {
	const { event } = await editionOfPage(url, locals);
	const [highlights, quotes, featuredSpeakers, speakerNames, organisations] = await Promise.all([
		listHighlights(event.id),
		listQuotes(event.id),
		listSpeakers(event.id, { featuredOnly: true }),
		listSpeakerNames(event.id),
		listEventOrganisations(event.id)
	]);
	const host = organisations.find((organisation) => organisation.role === 'host') ?? null;
	return {
		summit: event,
		stage: summitStage(event, now(), seatsLeftOf(event)),
		highlights,
		quotes,
		featuredSpeakers,
		organisations,
		jsonLd: summitJsonLd(event, speakerNames, { origin: settings().publicUrl, host, now: now() })
	};
};
