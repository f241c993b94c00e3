import { getCurrentEvent, listEventOrganisations } from '$lib/server/agenda/event';
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
			isSampleProgramme: event.isSampleProgramme
		},
		host: organisations.find((organisation) => organisation.role === 'host') ?? null
	};
};
