// Other editions than the current one have their pages under a prefix, served by the same routes with the
// edition read from the URL: a published one under its year (/2024/agenda), and any one, drafts
// included, under its preview for signed-in organizers (/admin/editions/7/preview/agenda: below /admin,
// where the session cookie is sent). Shared by `reroute` (src/hooks.ts, which runs in the browser too)
// and the server's editionOfPage().

const YEAR_PREFIX = /^\/(\d{4})(?=\/|$)/;
const PREVIEW_PREFIX = /^\/admin\/editions\/(\d{1,9})\/preview(?=\/|$)/;

export type EditionPath = { year: number | null; previewId: number | null; path: string };

/** "/2024/agenda" → year 2024, path "/agenda"; "/agenda" → neither, path "/agenda". */
export function splitEditionPath(pathname: string): EditionPath {
	const preview = PREVIEW_PREFIX.exec(pathname);
	if (preview) return { year: null, previewId: Number(preview[1]), path: pathname.slice(preview[0].length) || '/' };
	const year = YEAR_PREFIX.exec(pathname);
	if (year) return { year: Number(year[1]), previewId: null, path: pathname.slice(year[0].length) || '/' };
	return { year: null, previewId: null, path: pathname };
}

/** The prefix of a published edition's pages: "/2024". */
export function yearBase(year: number): string {
	return `/${year}`;
}

/** The prefix of an edition's preview. */
export function previewBase(eventId: number): string {
	return `/admin/editions/${eventId}/preview`;
}
