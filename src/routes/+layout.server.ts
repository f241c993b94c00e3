import { getCurrentEvent, listEventOrganisations } from '$lib/server/agenda/event';
import { seatsLeftOf, summitStage } from '$lib/server/agenda/stage';
import { now } from '$lib/server/clock';
import { settings } from '$lib/server/config';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async () => {
	const event = await getCurrentEvent();
	const organisations = await listEventOrganisations(event.id);
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
			isSampleProgramme: event.isSampleProgramme
		},
		// The header's call to action follows it; the event row's seat count is at most a second old.
		stage: summitStage(event, now(), seatsLeftOf(event)),
		host: organisations.find((organisation) => organisation.role === 'host') ?? null
	};
};
