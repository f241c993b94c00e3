// An attendee's own sessions, as a read-only private subscription (offered on /my/[token] and in the
// confirmation mail, also as webcal://). The token in the URL is the feed's own, which cannot open /my.
// Old URLs made of the private link's token answer 301 to the feed token's URL; an erased registration's
// feed answers 410; an unknown token 404.
import { error } from '@sveltejs/kit';
import { cachedPersonalFeed } from '$lib/server/calendar/personal';
import { calendarResponse, PRIVATE_CALENDAR } from '$lib/server/calendar/http';
import { m } from '$lib/paraglide/messages';
import type { RequestHandler } from './$types';
import { settings } from '$lib/server/config';

export const GET: RequestHandler = async ({ params, request }) => {
	const feed = await cachedPersonalFeed(params.token, settings().publicUrl);
	if (!feed) error(404, m.not_found_title());
	if (feed.kind === 'gone') error(410, m.calendar_personal_feed_gone());
	if (feed.kind === 'moved') {
		// Permanent, so apps that follow it keep the new URL. `private`: the old URL carries the private
		// link's token; no shared cache keeps it, and no referrer takes it along.
		return new Response(null, {
			status: 301,
			headers: {
				Location: feed.location,
				'Cache-Control': PRIVATE_CALENDAR.cacheControl,
				'X-Robots-Tag': 'noindex',
				'Referrer-Policy': 'no-referrer'
			}
		});
	}
	return calendarResponse(request, feed.file, PRIVATE_CALENDAR);
};
