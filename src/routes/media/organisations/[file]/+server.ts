import { error } from '@sveltejs/kit';
import { imageResponse } from '$lib/server/media/images';
import { findLogo } from '$lib/server/media/logos';
import { m } from '$lib/paraglide/messages';
import type { RequestHandler } from './$types';

// An organisation's logo, named by its hash like speaker photos: the bytes behind a name never change.
export const GET: RequestHandler = async ({ params, request }) => {
	const logo = await findLogo(params.file);
	if (!logo) error(404, m.not_found_title());
	return imageResponse(logo, request);
};
