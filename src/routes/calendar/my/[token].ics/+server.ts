// An attendee's own sessions, as a private subscription (offered on /my/[token], also as webcal://).
// Unknown tokens and cancelled registrations look the same: 404.
import { error } from '@sveltejs/kit';
import { getPersonalCalendar } from '$lib/server/calendar/personal';
import { cachedCalendar } from '$lib/server/calendar/cache';
import { calendarResponse, PRIVATE_CALENDAR } from '$lib/server/calendar/http';
import { m } from '$lib/i18n';
import type { RequestHandler } from './$types';
import { settings } from '$lib/server/config';

export const GET: RequestHandler = async ({ params, request }) => {
	const file = await cachedCalendar(`personal ${params.token}`, () => getPersonalCalendar(params.token, settings().publicUrl));
	if (!file) error(404, m.notFound.title);
	return calendarResponse(request, file, PRIVATE_CALENDAR);
};
