// The programme as /schedule.json (c3voc's schedule JSON, as pretalx writes it) and /schedule.xml (frab's
// XML), for conference apps (Giggity, ConfClerk) and recording teams. Unprefixed they are the current
// edition's; /2024/schedule.json is the 2024 edition's.
import { cachedCalendar } from '$lib/server/calendar/cache';
import { getScheduleFile } from '$lib/server/agenda/schedule-files';
import { conditionalFileResponse } from '$lib/server/http/conditional-get';
import { editionOfPage } from '$lib/server/editions/editions';
import { settings } from '$lib/server/config';
import { getLocale } from '$lib/paraglide/runtime';
import type { RequestHandler } from './$types';

const CONTENT_TYPES = { json: 'application/json; charset=utf-8', xml: 'application/xml; charset=utf-8' };

export const GET: RequestHandler = async ({ request, url, locals, params }) => {
	const format = params.format;
	const locale = getLocale();
	const edition = await editionOfPage(url, locals);
	const file = await cachedCalendar(`schedule.${format} ${locale} ${edition.event.id} ${edition.base}`, () =>
		getScheduleFile(format, edition, settings().publicUrl, locale)
	);
	// Public and the same for everyone: caches may keep it five minutes, as the calendar feeds.
	return conditionalFileResponse(request, file!, {
		contentType: CONTENT_TYPES[format],
		cacheControl: 'public, max-age=300'
	});
};
