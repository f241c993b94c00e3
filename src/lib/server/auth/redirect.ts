// Where to go after signing in: back to the organizer page that asked, never to another site.
export function safeRedirectTarget(target: unknown, origin: string): string | null {
	if (typeof target !== 'string' || target === '') return null;
	let url: URL;
	try {
		url = new URL(target, origin);
	} catch {
		return null;
	}
	if (url.origin !== origin) return null;
	if (url.pathname !== '/admin' && !url.pathname.startsWith('/admin/')) return null;
	if (url.pathname.startsWith('/admin/login') || url.pathname.startsWith('/admin/logout')) return null;
	return url.pathname + url.search;
}
