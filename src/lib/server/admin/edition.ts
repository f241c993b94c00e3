// The edition an organizer is working on: the current one, unless an admin chose another at
// /admin/editions ("Work on this edition", a cookie of the organizer area). Every organizer page and
// action asks here, never elsewhere.
import type { Cookies, RequestEvent } from '@sveltejs/kit';
import { getCurrentEvent } from '../agenda/event';
import { listEditions } from '../editions/editions';
import { organizerCookiePaths } from '../auth/cookie-paths';

export const EDITION_COOKIE = 'summit_edition';
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export async function organizerEdition(request: { cookies: Cookies }) {
	const chosen = Number(request.cookies.get(EDITION_COOKIE));
	if (Number.isInteger(chosen) && chosen > 0) {
		// An edition deleted since, or a cookie made up: the current edition.
		const edition = (await listEditions()).find((event) => event.id === chosen);
		if (edition) return edition;
	}
	return getCurrentEvent();
}

/** "Work on this edition"; the current edition's id clears the choice, so publishing later moves along. */
export async function chooseOrganizerEdition(request: Pick<RequestEvent, 'cookies' | 'url'>, eventId: number) {
	const current = await getCurrentEvent();
	if (eventId === current.id) {
		for (const path of organizerCookiePaths()) request.cookies.delete(EDITION_COOKIE, { path });
		return;
	}
	for (const path of organizerCookiePaths())
		request.cookies.set(EDITION_COOKIE, String(eventId), {
			path,
			httpOnly: true,
			sameSite: 'lax',
			secure: !LOOPBACK_HOSTS.has(request.url.hostname)
		});
}
