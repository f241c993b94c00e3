import { error, redirect } from '@sveltejs/kit';
import { listEventOrganisations } from '$lib/server/agenda/event';
import { editionOfPage, pastEditionWithSession } from '$lib/server/editions/editions';
import { getSessionWithNeighbours } from '$lib/server/agenda/sessions';
import { sessionJsonLd } from '$lib/server/seo/json-ld';
import { sessionSeatsLeft } from '$lib/server/registration/choosable';
import { sessionCalendarLinks } from '$lib/server/calendar/links';
import { now } from '$lib/server/clock';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { localizeRecord } from '$lib/server/content/localize';
import type { PageServerLoad } from './$types';
import { settings } from '$lib/server/config';
import { localizeHref } from '$lib/i18n/href';

export const load: PageServerLoad = async ({ params, url, locals }) => {
	const edition = await editionOfPage(url, locals);
	const { event, base } = edition;
	const [found, organisations] = await Promise.all([
		getSessionWithNeighbours(event.id, params.slug, getLocale()),
		listEventOrganisations(event.id)
	]);
	if (!found) {
		// Last year's /agenda/<slug>, in people's calendars from when it was current: its page is now under
		// the year.
		const past = edition.isCurrent ? await pastEditionWithSession(params.slug, event.id) : null;
		if (past) redirect(308, localizeHref(`${past.base}/agenda/${encodeURIComponent(params.slug)}`));
		error(404, m.not_found_title());
	}
	const host = organisations.find((organisation) => organisation.role === 'host') ?? null;
	const seatsLeft = await sessionSeatsLeft(found.session.id);
	const localEvent = localizeRecord(event, ['name', 'venueName', 'venueAddress'], getLocale());
	return {
		...found,
		event: {
			name: localEvent.name,
			timeZone: event.timeZone,
			venueName: localEvent.venueName,
			venueAddress: localEvent.venueAddress,
			isSampleProgramme: event.isSampleProgramme,
			langOf: localEvent.langOf
		},
		calendar: sessionCalendarLinks(found.session, base),
		jsonLd: sessionJsonLd(found.session, event, { origin: settings().publicUrl, host, now: now(), seatsLeft })
	};
};
