import { listEventOrganisations } from '$lib/server/agenda/event';
import { editionOfPage } from '$lib/server/editions/editions';
import { listHighlights, listQuotes } from '$lib/server/agenda/home';
import { listSpeakerNames, listSpeakers } from '$lib/server/agenda/speakers';
import { summitJsonLd } from '$lib/server/seo/json-ld';
import { now } from '$lib/server/clock';
import { seatsLeftOf, summitStage } from '$lib/server/agenda/stage';
import type { PageServerLoad } from './$types';
import { getLocale } from '$lib/paraglide/runtime';
import { localizeRecord } from '$lib/server/content/localize';
import { TRANSLATED_FIELDS } from '$lib/server/content/translations';
import { settings } from '$lib/server/config';

export const load: PageServerLoad = async ({ url, locals }) => {
	const { event } = await editionOfPage(url, locals);
	const locale = getLocale();
	const [highlights, quotes, featuredSpeakers, speakerNames, organisations] = await Promise.all([
		listHighlights(event.id, locale),
		listQuotes(event.id, locale),
		listSpeakers(event.id, { featuredOnly: true, locale }),
		listSpeakerNames(event.id),
		listEventOrganisations(event.id)
	]);
	const host = organisations.find((organisation) => organisation.role === 'host') ?? null;
	return {
		summit: localizeRecord(event, TRANSLATED_FIELDS.event, locale),
		stage: summitStage(event, now(), seatsLeftOf(event)),
		highlights,
		quotes,
		featuredSpeakers,
		organisations: organisations.map((organisation) =>
			localizeRecord(organisation, ['name', 'shortName', 'description'], locale)
		),
		jsonLd: summitJsonLd(event, speakerNames, { origin: settings().publicUrl, host, now: now() })
	};
};
