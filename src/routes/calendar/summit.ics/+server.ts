// Every session of the summit, as a feed to subscribe to. The URL is permanent: it lives in calendars.
import { cachedCalendar } from '$lib/server/calendar/cache';
import { getSummitCalendar } from '$lib/server/calendar/calendars';
import { calendarResponse, PUBLIC_CALENDAR } from '$lib/server/calendar/http';
import type { RequestHandler } from './$types';
import { settings } from '$lib/server/config';

export const GET: RequestHandler = async ({ request }) => {
	const file = await cachedCalendar('summit', () => getSummitCalendar(settings().publicUrl));
	return calendarResponse(request, file!, PUBLIC_CALENDAR);
};
