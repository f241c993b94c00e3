// Which edition a public URL shows. Unprefixed paths (/agenda, /calendar/summit.ics) mean the current
// edition, whichever that is; /<year>/… the published edition held that year, read-only once it is past.
// A draft is never public (404): signed-in organizers see it under /admin/editions/<id>/preview/….
import { error, redirect } from '@sveltejs/kit';
import { localizeHref, unprefixedPath } from '$lib/i18n/href';
import { m } from '$lib/paraglide/messages';
import { previewBase, splitEditionPath, yearBase } from '$lib/edition-path';
import { zoneOffsetMinutes } from '$lib/time';
import { db } from '../db';
import { getCurrentEvent, type SummitEvent } from '../agenda/event';
import { cachedValue } from '../cache/content-cache';

const EDITIONS_TTL_MS = 1_000;

/**
 * The year of an edition: the year its first day falls in, in its own time zone. Every page asks for it:
 * the zone's offset at that instant is remembered (src/lib/time.ts), and Intl is not asked again.
 */
export function editionYear(event: Pick<SummitEvent, 'startsAt' | 'timeZone'>): number {
	const offsetMinutes = zoneOffsetMinutes(event.startsAt, event.timeZone);
	return new Date(event.startsAt.getTime() + offsetMinutes * 60_000).getUTCFullYear();
}

/** Every edition, newest first; kept for a second and dropped with every content change. */
export function listEditions() {
	return cachedValue('editions', EDITIONS_TTL_MS, () =>
		db.event.findMany({ orderBy: [{ startsAt: 'desc' }, { id: 'asc' }] })
	);
}

export type PageEdition = {
	event: SummitEvent;
	year: number;
	/** "" for the current edition, "/2024" or a preview's prefix for another: put before every link of its pages. */
	base: string;
	isCurrent: boolean;
	isDraft: boolean;
	/** Unprefixed, yet the page asked for the current edition's year: send it to the unprefixed URL. */
	prefixedCurrent: boolean;
};

/**
 * The edition `url` shows, or null when there is none the viewer may see. `organizer`: a signed-in
 * organizer, who may preview any edition. When two published editions share a year, the current one
 * wins, then the newest.
 */
export async function resolveEdition(url: URL, viewer: { organizer: boolean }): Promise<PageEdition | null> {
	const { year, previewId } = splitEditionPath(unprefixedPath(url.pathname));
	const current = await getCurrentEvent();
	const page = (event: SummitEvent, base: string, prefixedCurrent = false): PageEdition => ({
		event,
		year: editionYear(event),
		base,
		isCurrent: event.id === current.id,
		isDraft: event.status === 'draft',
		prefixedCurrent
	});
	if (previewId !== null) {
		if (!viewer.organizer) return null;
		const event = (await listEditions()).find((candidate) => candidate.id === previewId);
		return event ? page(event, previewBase(event.id)) : null;
	}
	if (year === null) return page(current, '');
	const candidates = (await listEditions()).filter(
		(event) => editionYear(event) === year && event.status === 'published'
	);
	const event = candidates.find((candidate) => candidate.id === current.id) ?? candidates[0];
	if (!event) return null;
	return event.id === current.id ? page(event, '', true) : page(event, yearBase(year));
}

/**
 * The edition a public page or calendar file shows, for its load or handler: 404 when there is none, and
 * /<current year>/… redirected to the unprefixed URL, so each page of the current edition has one address.
 */
export async function editionOfPage(url: URL, locals: { user?: unknown } = {}): Promise<PageEdition> {
	const edition = await resolveEdition(url, { organizer: Boolean(locals.user) });
	if (!edition) error(404, m.not_found_title());
	if (edition.prefixedCurrent) {
		const { path } = splitEditionPath(unprefixedPath(url.pathname));
		redirect(308, localizeHref(path + url.search));
	}
	return edition;
}

/**
 * The newest published edition other than `exceptId` with a session of this slug: links to a past
 * edition's session made while it was current (/agenda/<slug>, /calendar/sessions/<slug>.ics) live on
 * in people's calendars, and must keep answering after the next edition becomes current.
 */
export async function pastEditionWithSession(slug: string, exceptId: number): Promise<PageEdition | null> {
	const session = await db.session.findFirst({
		where: { slug, eventId: { not: exceptId }, event: { status: 'published' } },
		orderBy: [{ event: { startsAt: 'desc' } }],
		select: { event: true }
	});
	if (!session) return null;
	const year = editionYear(session.event);
	return {
		event: session.event,
		year,
		base: yearBase(year),
		isCurrent: false,
		isDraft: false,
		prefixedCurrent: false
	};
}

/** The published editions other than the current one, each with its prefix, for the sitemap. */
export async function listPastEditions(): Promise<{ event: SummitEvent; base: string; year: number }[]> {
	const current = await getCurrentEvent();
	const years = new Set([editionYear(current)]);
	const past = [];
	// Newest first; a year shows one edition (resolveEdition's choice), so only the first of a year counts.
	for (const event of await listEditions()) {
		const year = editionYear(event);
		if (event.status !== 'published' || years.has(year)) continue;
		years.add(year);
		past.push({ event, year, base: yearBase(year) });
	}
	return past;
}

/** One edition by id (a registration's), or null. */
export async function editionById(eventId: number): Promise<SummitEvent | null> {
	return (await listEditions()).find((event) => event.id === eventId) ?? null;
}
