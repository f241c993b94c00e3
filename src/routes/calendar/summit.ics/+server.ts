// Every session of the summit, as a feed to subscribe to. The URL is permanent: it lives in calendars.
// Unprefixed it is the current edition's; /2024/calendar/summit.ics is the 2024 edition's, for good.
import { cachedCalendar } from '$lib/server/calendar/cache';
import { getSummitCalendar } from '$lib/server/calendar/calendars';
import { calendarResponse, PUBLIC_CALENDAR } from '$lib/server/calendar/http';
import { editionOfPage } from '$lib/server/editions/editions';
import { getLocale } from '$lib/paraglide/runtime';
import type { RequestHandler } from './$types';
import { settings } from '$lib/server/config';

export const GET: RequestHandler = async ({ request, url, locals }) => {
	const locale = getLocale();
	const edition = await editionOfPage(url, locals);
	const file = await cachedCalendar(`summit ${locale} ${edition.event.id} ${edition.base}`, () =>
		getSummitCalendar(settings().publicUrl, locale, edition)
	);
	return calendarResponse(request, file!, PUBLIC_CALENDAR);
};
