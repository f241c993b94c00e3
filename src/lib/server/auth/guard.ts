// The organizer area's guards, called first in every load and action (a URL-prefix check in a hook is not
// enough: actions and data requests must each refuse on their own). Anonymous visitors are sent to sign
// in; a signed-in organizer without the role gets 403, which src/routes/admin/+error.svelte words.
import { error, redirect } from '@sveltejs/kit';
import { getRequestEvent } from '$app/server';
import type { Actor } from '$lib/server/audit/audit';
import type { Role } from './roles';
import { deLocalizeHref } from '$lib/paraglide/runtime';
import { localizeHref } from '$lib/i18n/href';

export function requireLogin() {
	const { locals, url } = getRequestEvent();
	if (!locals.user || !locals.session) {
		// The page asked for, without the language: signing in leads back to it in the language of the sign-in.
		const asked = deLocalizeHref(url.pathname + url.search);
		redirect(303, localizeHref(`/admin/login?redirectTo=${encodeURIComponent(asked)}`));
	}
	return locals.user;
}

export function requireRole(roles: readonly Role[]) {
	const user = requireLogin();
	if (!(roles as readonly string[]).includes(user.role)) error(403);
	return user;
}

/** The signed-in organizer as the audit log records them, with the request's address. */
export function currentActor(): Actor & { id: number } {
	const event = getRequestEvent();
	const user = requireLogin();
	return { id: user.id, email: user.email, ip: event.getClientAddress() };
}
