import { error } from '@sveltejs/kit';
import { getCurrentEvent } from '$lib/server/agenda/event';
import { getSessionWithNeighbours } from '$lib/server/agenda/sessions';
import { sessionJsonLd } from '$lib/server/seo/json-ld';
import { sessionCalendarLinks } from '$lib/server/calendar/links';
import { m } from '$lib/i18n';
import type { PageServerLoad } from './$types';
import { settings } from '$lib/server/config';

export const load: PageServerLoad = async ({ params, url }) => {
	const event = await getCurrentEvent();
	const found = await getSessionWithNeighbours(event.id, params.slug);
	if (!found) error(404, m.notFound.title);
	return {
		...found,
		event: { name: event.name, timeZone: event.timeZone, venueName: event.venueName, venueAddress: event.venueAddress, isSampleProgramme: event.isSampleProgramme },
		calendar: sessionCalendarLinks(found.session),
		jsonLd: sessionJsonLd(found.session, event, { url: settings().publicUrl + url.pathname, summitUrl: settings().publicUrl + '/' })
	};
};
