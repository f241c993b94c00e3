import { cachedEventOrganisations, getCurrentEvent } from '$lib/server/agenda/event';
import { seatsLeftOf, summitStage } from '$lib/server/agenda/stage';
import { now } from '$lib/server/clock';
import { resolveEdition } from '$lib/server/editions/editions';
import { settings } from '$lib/server/config';
import { localizeCachedRecord } from '$lib/server/content/localize';
import { TRANSLATED_FIELDS } from '$lib/server/content/translations';
import { getLocale } from '$lib/paraglide/runtime';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ url, locals }) => {
	// The page's own load answers 404 for a year without an edition; the frame then shows the current one.
	const [current, edition] = await Promise.all([
		getCurrentEvent(),
		resolveEdition(url, { organizer: Boolean(locals.user) })
	]);
	const locale = getLocale();
	const event = localizeCachedRecord(edition?.event ?? current, TRANSLATED_FIELDS.event, locale);
	const organisations = await cachedEventOrganisations(event.id);
	const host = organisations.find((organisation) => organisation.role === 'host');
	return {
		publicUrl: settings().publicUrl,
		event: {
			name: event.name,
			startsAt: event.startsAt,
			endsAt: event.endsAt,
			timeZone: event.timeZone,
			venueName: event.venueName,
			venueAddress: event.venueAddress,
			venueDistrict: event.venueDistrict,
			contactEmail: event.contactEmail,
			isSampleProgramme: event.isSampleProgramme,
			/** The lang of each text an organizer has not translated into the page's language. */
			langOf: event.langOf
		},
		// The header's call to action follows it; the event row's seat count is at most a second old.
		stage: summitStage(event, now(), seatsLeftOf(event)),
		/** Which edition the page shows; `base` goes before every link that stays in it. */
		edition: {
			base: edition?.base ?? '',
			year: edition?.year ?? null,
			isCurrent: edition?.isCurrent ?? true,
			isDraft: edition?.isDraft ?? false,
			currentName: current.name
		},
		host: host ? localizeCachedRecord(host, TRANSLATED_FIELDS.organisation, locale) : null
	};
};
