// One session as a file to import ("Add to calendar").
import { error } from '@sveltejs/kit';
import { getSessionCalendar } from '$lib/server/calendar/calendars';
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
	const file = await cachedCalendar(`session ${locale} ${edition.event.id} ${edition.base} ${params.slug}`, () =>
		getSessionCalendar(params.slug, settings().publicUrl, locale, edition)
	);
	if (!file) error(404, m.not_found_title());
	return calendarResponse(request, file, PUBLIC_CALENDAR);
};
