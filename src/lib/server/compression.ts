// Rendered HTML travels compressed: adapter-node compresses only the static files. The page cache compresses
// what it keeps once (page-cache.ts); this covers pages it does not keep, such as the register form (30 KB, a
// third of it the country list, about 6 KB compressed). Organizer and personal pages are left alone: they
// carry secrets beside text a visitor can choose, which compression would leak (BREACH).
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { isPersonalPage } from './security-headers';

export type Encoding = 'br' | 'gzip' | 'identity';

/** Below this, compressing saves less than a packet. */
const MIN_BYTES = 1024;

export function preferredEncoding(acceptEncoding: string): Encoding {
	return /\bbr\b/.test(acceptEncoding) ? 'br' : /\bgzip\b/.test(acceptEncoding) ? 'gzip' : 'identity';
}

export function compress(body: ArrayBuffer, encoding: 'br' | 'gzip'): Buffer<ArrayBuffer> {
	// Brotli quality 5: a fraction of a millisecond for a page, within a few per cent of the best.
	return encoding === 'br'
		? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
		: gzipSync(body);
}

/**
 * The response compressed for this request where that is safe and worth it; otherwise the response itself.
 * @param pathname the page's path without the language prefix: /zh-hk/my/… is a personal page too
 */
export async function compressHtml(request: Request, pathname: string, response: Response): Promise<Response> {
	const encoding = preferredEncoding(request.headers.get('accept-encoding') ?? '');
	if (
		encoding === 'identity' ||
		isPersonalPage(pathname) ||
		!response.body ||
		response.headers.has('content-encoding') ||
		!response.headers.get('content-type')?.startsWith('text/html')
	) {
		return response;
	}
	const body = await response.arrayBuffer();
	const headers = new Headers(response.headers);
	headers.append('vary', 'accept-encoding');
	if (body.byteLength < MIN_BYTES)
		return new Response(body, { status: response.status, statusText: response.statusText, headers });
	headers.delete('content-length');
	headers.set('content-encoding', encoding);
	return new Response(compress(body, encoding), { status: response.status, statusText: response.statusText, headers });
}
