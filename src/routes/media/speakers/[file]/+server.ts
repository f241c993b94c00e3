import { error } from '@sveltejs/kit';
import { imageResponse } from '$lib/server/media/images';
import { findPhoto } from '$lib/server/media/photos';
import { m } from '$lib/paraglide/messages';
import type { RequestHandler } from './$types';

// A speaker photo. The name carries the photo's hash, so the bytes behind a name never change and
// may be cached for a year; a new photo gets a new name.
export const GET: RequestHandler = async ({ params, request }) => {
	const photo = await findPhoto(params.file);
	if (!photo) error(404, m.not_found_title());
	return imageResponse(photo, request);
};
