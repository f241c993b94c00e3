// The sessions a visitor starred, as a feed: /calendar/starred.ics?sessions=3,5,8. No account: the URL is
// the list, so it can be subscribed to and keeps following the programme's changes.
import { error } from '@sveltejs/kit';
import { parseStarredIds } from '$lib/agenda/starred';
import { getStarredCalendar } from '$lib/server/calendar/calendars';
import { calendarResponse, PUBLIC_CALENDAR } from '$lib/server/calendar/http';
import { editionOfPage } from '$lib/server/editions/editions';
import { getLocale } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages';
import type { RequestHandler } from './$types';
import { settings } from '$lib/server/config';

export const GET: RequestHandler = async ({ request, url, locals }) => {
	const ids = parseStarredIds(url.searchParams.getAll('sessions'));
	if (!ids) error(400, m.my_agenda_bad_list());
	const locale = getLocale();
	const edition = await editionOfPage(url, locals);
	// Built for each request (a few ms), not kept: any list of ids is a URL, and made-up ones would crowd the
	// shared feeds out of the calendar cache.
	const file = await getStarredCalendar(ids, settings().publicUrl, locale, edition);
	return calendarResponse(request, file, PUBLIC_CALENDAR);
};
