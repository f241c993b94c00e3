import { error, json } from '@sveltejs/kit';
import { exportRegistrationData } from '$lib/server/registration/self-service';
import { findRegistrationByToken } from '$lib/server/registration/tokens';
import { m } from '$lib/paraglide/messages';
import type { RequestHandler } from './$types';

// Everything held about the registration, as a download for the person it belongs to.
export const GET: RequestHandler = async ({ params }) => {
	const registration = await findRegistrationByToken(params.token);
	const data = registration && (await exportRegistrationData(registration.id));
	if (!data) error(404, m.not_found_title());
	return json(data, {
		headers: {
			'content-disposition': `attachment; filename="registration-${data.reference}.json"`,
			'cache-control': 'private, no-store',
			'x-robots-tag': 'noindex',
			'referrer-policy': 'same-origin'
		}
	});
};
