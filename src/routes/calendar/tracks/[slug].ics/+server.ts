// The sessions of one track, as a feed to subscribe to.
import { error } from '@sveltejs/kit';
import { getTrackCalendar } from '$lib/server/calendar/calendars';
import { cachedCalendar } from '$lib/server/calendar/cache';
import { editionOfPage } from '$lib/server/editions/editions';
import { calendarResponse, PUBLIC_CALENDAR } from '$lib/server/calendar/http';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import type { RequestHandler } from './$types';
import { settings } from '$lib/server/config';

export const GET: RequestHandler = async ({ params, request, url, locals }) => {
	const locale = getLocale();
	const edition = await editionOfPage(url, locals);
	const file = await cachedCalendar(`track ${locale} ${edition.event.id} ${edition.base} ${params.slug}`, () =>
		getTrackCalendar(params.slug, settings().publicUrl, locale, edition)
	);
	if (!file) error(404, m.not_found_title());
	return calendarResponse(request, file, PUBLIC_CALENDAR);
};
