// An attendee's own sessions, as a private subscription (offered on /my/[token], also as webcal://).
// Unknown tokens and cancelled registrations look the same: 404.
import { error } from '@sveltejs/kit';
import { getPersonalCalendar } from '$lib/server/calendar/personal';
import { cachedCalendar } from '$lib/server/calendar/cache';
import { calendarResponse, PRIVATE_CALENDAR } from '$lib/server/calendar/http';
import { m } from '$lib/i18n';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, request, url }) => {
	const file = await cachedCalendar(`personal ${params.token} ${url.origin}`, () => getPersonalCalendar(params.token, url.origin));
	if (!file) error(404, m.notFound.title);
	return calendarResponse(request, file, PRIVATE_CALENDAR);
};
