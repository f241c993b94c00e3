// Public forms are a few kilobytes; anything much larger is refused before it is read. Organizer uploads
// (speaker photos) have their own, larger limit in adapter-node's BODY_SIZE_LIMIT.
export const PUBLIC_FORM_BODY_LIMIT = 64 * 1024;

export function exceedsPublicFormLimit(request: Request, url: URL): boolean {
	if (request.method !== 'POST' || url.pathname.startsWith('/admin')) return false;
	const length = Number(request.headers.get('content-length') ?? 0);
	return length > PUBLIC_FORM_BODY_LIMIT;
}
