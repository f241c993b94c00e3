// The edition the site presents: the one organizers made current (CurrentEdition). EVENT_SLUG, the older
// setting, still picks one when set, as the README's settings table promises.
import { db } from '../db';
import { settings } from '../config';
import { cachedValue } from '../cache/content-cache';
import { LOGO_HASH, logoOf } from '../media/logos';

/** Read on every request; kept for a second (and dropped at once when organizers change content). */
const EVENT_TTL_MS = 1_000;

export function getCurrentEvent() {
	return cachedValue('current-event', EVENT_TTL_MS, async () => {
		const slug = settings().eventSlug;
		const event = slug
			? await db.event.findUnique({ where: { slug } })
			: ((await db.currentEdition.findUnique({ where: { id: 1 }, include: { event: true } }))?.event ??
				(await db.event.findFirst({ where: { status: 'published' }, orderBy: [{ startsAt: 'desc' }, { id: 'asc' }] })));
		if (!event) throw new Error('No event in the database: run `npm run db:seed` or start with `npm start`.');
		return event;
	});
}

export type SummitEvent = Awaited<ReturnType<typeof getCurrentEvent>>;

/** The organisations as every page's frame shows them (the host in the footer): kept for a second, like the event. */
export function cachedEventOrganisations(eventId: number) {
	return cachedValue(`event-organisations:${eventId}`, EVENT_TTL_MS, () => listEventOrganisations(eventId));
}

/** Organisations grouped by the part they play, in display order, each with its logo when it has one. */
export async function listEventOrganisations(eventId: number) {
	const links = await db.eventOrganisation.findMany({
		where: { eventId },
		orderBy: [{ position: 'asc' }, { organisationId: 'asc' }],
		include: { organisation: { include: { logos: LOGO_HASH } } }
	});
	return links.map(({ role, organisation: { logos, ...organisation } }) => ({
		role,
		...organisation,
		logo: logoOf({ slug: organisation.slug, logos })
	}));
}
