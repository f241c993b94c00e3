// Serving a generated file that clients poll (calendars, the schedule files): a strong ETag from its bytes,
// Last-Modified, and a 304 without the body when the client's copy is current. Most polls find nothing new.
import { createHash } from 'node:crypto';

export type PolledFile = { filename: string; body: string; lastModified: Date };

export type FileHeaders = {
	contentType: string;
	cacheControl: string;
	/** attachment: a browser saves the file rather than showing its text. */
	disposition?: 'attachment' | 'inline';
	/** Keep the file out of search engines (private feeds). */
	noindex?: boolean;
};

/**
 * A strong validator from the bytes: any change, however it came about, changes it. SHA-256 in native
 * code: a calendar runs to tens of KB, which a hash in JavaScript takes several times longer over.
 */
export function bodyEtag(body: string): string {
	return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

// Files served again from a cache keep their ETag instead of hashing the same bytes on every poll.
const etags = new WeakMap<PolledFile, string>();
function etagOf(file: PolledFile): string {
	let etag = etags.get(file);
	if (!etag) {
		etag = bodyEtag(file.body);
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

export function conditionalFileResponse(request: Request, file: PolledFile, options: FileHeaders): Response {
	const etag = etagOf(file);
	const headers = new Headers({
		ETag: etag,
		'Last-Modified': httpDate(file.lastModified),
		'Cache-Control': options.cacheControl
	});
	if (options.noindex) headers.set('X-Robots-Tag', 'noindex');

	const ifNoneMatch = request.headers.get('if-none-match');
	const ifModifiedSince = request.headers.get('if-modified-since');
	const notModified =
		ifNoneMatch !== null
			? matchesIfNoneMatch(ifNoneMatch, etag)
			: ifModifiedSince !== null && notModifiedSince(ifModifiedSince, file.lastModified);
	if (notModified) return new Response(null, { status: 304, headers });

	headers.set('Content-Type', options.contentType);
	const disposition = options.disposition ?? 'inline';
	headers.set('Content-Disposition', `${disposition}; filename="${file.filename.replace(/[^\w.-]/g, '_')}"`);
	return new Response(file.body, { headers });
}
