// Every session of the summit, as a feed to subscribe to. The URL is permanent: it lives in calendars.
import { cachedCalendar } from '$lib/server/calendar/cache';
import { getSummitCalendar } from '$lib/server/calendar/calendars';
import { calendarResponse, PUBLIC_CALENDAR } from '$lib/server/calendar/http';
import { getLocale } from '$lib/paraglide/runtime';
import type { RequestHandler } from './$types';
import { settings } from '$lib/server/config';

export const GET: RequestHandler = async ({ request }) => {
	const locale = getLocale();
	const file = await cachedCalendar(`summit ${locale}`, () => getSummitCalendar(settings().publicUrl, locale));
	return calendarResponse(request, file!, PUBLIC_CALENDAR);
};
