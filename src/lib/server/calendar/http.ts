// Serving a calendar file: content type, file name, caching. Subscribed apps poll the same URL for months;
// most polls find nothing new and get a 304 without the body (../http/conditional-get.ts).
import { bodyEtag, conditionalFileResponse } from '../http/conditional-get';
import type { CalendarFile } from './feeds';

export type CalendarCaching = {
	cacheControl: string;
	/** Keep the file out of search engines (private feeds). */
	noindex?: boolean;
};

/** Anyone may cache a public feed for five minutes: a burst of subscribers costs one render per cache. */
export const PUBLIC_CALENDAR: CalendarCaching = { cacheControl: 'public, max-age=300' };

/** A personal feed's URL is a secret: browsers and apps may keep it, shared caches may not. */
export const PRIVATE_CALENDAR: CalendarCaching = { cacheControl: 'private, max-age=300', noindex: true };

/** A strong validator from the bytes: any change to the programme, however it came about, changes it. */
export const calendarEtag = bodyEtag;

export function calendarResponse(request: Request, file: CalendarFile, caching: CalendarCaching): Response {
	// attachment: a browser saves the file (to open in the calendar app) rather than showing its text.
	return conditionalFileResponse(request, file, {
		contentType: 'text/calendar; charset=utf-8',
		disposition: 'attachment',
		...caching
	});
}
