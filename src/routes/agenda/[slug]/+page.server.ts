import { error } from '@sveltejs/kit';
import { getCurrentEvent, listEventOrganisations } from '$lib/server/agenda/event';
import { getSessionWithNeighbours } from '$lib/server/agenda/sessions';
import { sessionJsonLd } from '$lib/server/seo/json-ld';
import { sessionSeatsLeft } from '$lib/server/registration/choosable';
import { sessionCalendarLinks } from '$lib/server/calendar/links';
import { now } from '$lib/server/clock';
import { m } from '$lib/paraglide/messages';
import type { PageServerLoad } from './$types';
import { settings } from '$lib/server/config';

export const load: PageServerLoad = async ({ params }) => {
	const event = await getCurrentEvent();
	const [found, organisations] = await Promise.all([
		getSessionWithNeighbours(event.id, params.slug),
		listEventOrganisations(event.id)
	]);
	if (!found) error(404, m.not_found_title());
	const host = organisations.find((organisation) => organisation.role === 'host') ?? null;
	const seatsLeft = await sessionSeatsLeft(found.session.id);
	return {
		...found,
		event: {
			name: event.name,
			timeZone: event.timeZone,
			venueName: event.venueName,
			venueAddress: event.venueAddress,
			isSampleProgramme: event.isSampleProgramme
		},
		calendar: sessionCalendarLinks(found.session),
		jsonLd: sessionJsonLd(found.session, event, { origin: settings().publicUrl, host, now: now(), seatsLeft })
	};
};
