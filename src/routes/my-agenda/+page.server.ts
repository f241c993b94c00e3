import { isProgrammeSession } from '$lib/agenda/vocabulary';
import { clashesOf, parseStarredIds } from '$lib/agenda/starred';
import { getCurrentEvent } from '$lib/server/agenda/event';
import { listSessions } from '$lib/server/agenda/sessions';
import { calendarPaths, webcalUrl } from '$lib/server/calendar/links';
import { settings } from '$lib/server/config';
import { getLocale } from '$lib/paraglide/runtime';
import { localizeHref } from '$lib/i18n/href';
import type { PageServerLoad } from './$types';

// The stars live in the reader's browser; the URL (?sessions=3,5,8) carries them to the server, so the
// page and its calendar links are complete without JavaScript. Unreadable lists show nothing starred.
export const load: PageServerLoad = async ({ url }) => {
	const event = await getCurrentEvent();
	const locale = getLocale();
	const sessions = (await listSessions(event.id, locale)).filter((session) => isProgrammeSession(session.kind));
	const ids = parseStarredIds(url.searchParams.getAll('sessions')) ?? [];
	const starred = sessions.filter((session) => ids.includes(session.id));
	const clashes = clashesOf(starred);
	const calendarPath = localizeHref('/calendar/starred.ics');
	const starredPath = localizeHref(calendarPaths.starred(starred.map((session) => session.id)));
	return {
		timeZone: event.timeZone,
		sessions: sessions.map((session) => ({
			id: session.id,
			slug: session.slug,
			title: session.title,
			startsAt: session.startsAt,
			endsAt: session.endsAt,
			status: session.status,
			room: session.room && { name: session.room.name, lang: session.room.langOf.name },
			langOf: session.langOf,
			starred: ids.includes(session.id),
			clashesWith: (clashes.get(session.id) ?? []).map((other) => other.title)
		})),
		starredIds: starred.map((session) => session.id),
		calendar: {
			download: starredPath,
			webcal: webcalUrl(settings().publicUrl + starredPath),
			// JavaScript writes the stars' list after these when they change (src/lib/client/offline.js).
			downloadBase: calendarPath,
			webcalBase: webcalUrl(settings().publicUrl + calendarPath)
		}
	};
};
