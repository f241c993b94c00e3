// The organizer area's address in each language (/admin, /zh-hk/admin, /zh-cn/admin). Its cookies are set
// on each of them: a cookie's Path is a single prefix, and public pages must never receive them (they stay
// cacheable and the session stays out of their reach).
// Relative imports only: scripts/admin-create.ts loads the auth modules through tsx.
import { locales, localizeUrl } from '../../paraglide/runtime.js';

let paths: string[] | undefined;

export function organizerCookiePaths(): string[] {
	paths ??= locales.map((locale) => localizeUrl(new URL('/admin', 'http://organizer.area'), { locale }).pathname);
	return paths;
}
