// "Add to calendar" → Google Calendar, Outlook.com or Microsoft 365: a redirect to their page that adds
// the session, built when asked, so it always carries the current time and room.
import { error } from '@sveltejs/kit';
import { isOneOf } from '$lib/agenda/vocabulary';
import { getSessionServiceUrl } from '$lib/server/calendar/calendars';
import { CALENDAR_SERVICES } from '$lib/server/calendar/links';
import { editionOfPage } from '$lib/server/editions/editions';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import type { RequestHandler } from './$types';
import { settings } from '$lib/server/config';

export const GET: RequestHandler = async ({ params, url, locals }) => {
	const edition = await editionOfPage(url, locals);
	const target = isOneOf(CALENDAR_SERVICES, params.service)
		? await getSessionServiceUrl(params.slug, params.service, settings().publicUrl, getLocale(), edition)
		: null;
	if (!target) error(404, m.not_found_title());
	// A Response rather than redirect(): a thrown redirect drops headers set with setHeaders.
	return new Response(null, {
		status: 303,
		headers: { Location: target, 'Cache-Control': 'public, max-age=300', 'X-Robots-Tag': 'noindex' }
	});
};
