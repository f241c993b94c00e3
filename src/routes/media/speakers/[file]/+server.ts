import { error } from '@sveltejs/kit';
import { findPhoto } from '$lib/server/media/photos';
import { m } from '$lib/paraglide/messages';
import type { RequestHandler } from './$types';

// A speaker photo. The name carries the photo's hash, so the bytes behind a name never change and
// may be cached for a year; a new photo gets a new name.
export const GET: RequestHandler = async ({ params, request }) => {
	const photo = await findPhoto(params.file);
	if (!photo) error(404, m.not_found_title());
	const etag = `"${photo.hash}-${photo.width}"`;
	const headers = {
		'content-type': photo.contentType,
		'cache-control': 'public, max-age=31536000, immutable',
		etag
	};
	if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
	return new Response(photo.bytes, { headers: { ...headers, 'content-length': String(photo.bytes.byteLength) } });
};
