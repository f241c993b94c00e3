// Serving a calendar file: content type, file name, validators and conditional GET. Subscribed apps
// poll the same URL for months; most polls find nothing new and get a 304 without the body.
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase64urlNoPadding } from '@oslojs/encoding';
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
export function calendarEtag(body: string): string {
	return `"${encodeBase64urlNoPadding(sha256(new TextEncoder().encode(body))).slice(0, 32)}"`;
}

// Files served again from ./cache.ts keep their ETag instead of hashing the same bytes on every poll.
const etags = new WeakMap<CalendarFile, string>();
function etagOf(file: CalendarFile): string {
	let etag = etags.get(file);
	if (!etag) {
		etag = calendarEtag(file.body);
		etags.set(file, etag);
	}
	return etag;
}

function httpDate(instant: Date): string {
	return new Date(Math.floor(instant.getTime() / 1000) * 1000).toUTCString();
}

/** RFC 9110 §13.1.2: weak comparison, a list of tags or "*". */
function matchesIfNoneMatch(header: string, etag: string): boolean {
	if (header.trim() === '*') return true;
	const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
	return header.split(',').some((tag) => opaque(tag) === opaque(etag));
}

/** RFC 9110 §13.1.3; ignored when If-None-Match is present (§13.2.2). Second precision, as HTTP dates. */
function notModifiedSince(header: string, lastModified: Date): boolean {
	const since = Date.parse(header);
	return !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
}

export function calendarResponse(request: Request, file: CalendarFile, caching: CalendarCaching): Response {
	const etag = etagOf(file);
	const headers = new Headers({
		ETag: etag,
		'Last-Modified': httpDate(file.lastModified),
		'Cache-Control': caching.cacheControl
	});
	if (caching.noindex) headers.set('X-Robots-Tag', 'noindex');

	const ifNoneMatch = request.headers.get('if-none-match');
	const ifModifiedSince = request.headers.get('if-modified-since');
	const notModified =
		ifNoneMatch !== null
			? matchesIfNoneMatch(ifNoneMatch, etag)
			: ifModifiedSince !== null && notModifiedSince(ifModifiedSince, file.lastModified);
	if (notModified) return new Response(null, { status: 304, headers });

	headers.set('Content-Type', 'text/calendar; charset=utf-8');
	// attachment: a browser saves the file (to open in the calendar app) rather than showing its text.
	headers.set('Content-Disposition', `attachment; filename="${file.filename.replace(/[^\w.-]/g, '_')}"`);
	return new Response(file.body, { headers });
}
