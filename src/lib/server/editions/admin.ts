// What /admin/editions lists: every edition, with its year, whether it is current, a draft, or the one
// the organizer is working on.
import { getCurrentEvent, type SummitEvent } from '../agenda/event';
import { settings } from '../config';
import { editionYear, listEditions } from './editions';

export async function listEditionsForAdmin(working: Pick<SummitEvent, 'id'>) {
	const current = await getCurrentEvent();
	return {
		current,
		/** Set when EVENT_SLUG pins the edition the site presents, whatever is published here. */
		pinnedSlug: settings().eventSlug ?? null,
		editions: (await listEditions()).map((event) => ({
			id: event.id,
			slug: event.slug,
			name: event.name,
			year: editionYear(event),
			startsAt: event.startsAt,
			endsAt: event.endsAt,
			timeZone: event.timeZone,
			status:
				event.id === current.id
					? ('current' as const)
					: event.status === 'draft'
						? ('draft' as const)
						: ('published' as const),
			beingEdited: event.id === working.id
		}))
	};
}
