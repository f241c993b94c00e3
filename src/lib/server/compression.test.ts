import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compressHtml } from './compression';

const page = `<!doctype html><html lang="en"><body>${'<option value="HK">Hong Kong</option>'.repeat(200)}</body></html>`;
const html = (body = page, headers: Record<string, string> = {}) =>
	new Response(body, { status: 400, headers: { 'content-type': 'text/html', etag: '"abc"', ...headers } });
const get = (path: string, acceptEncoding = 'gzip, deflate, br') =>
	[new Request(`http://localhost${path}`, { headers: { 'accept-encoding': acceptEncoding } }), path] as const;

describe('rendered HTML outside the page cache', () => {
	it('travels brotli-compressed to a browser that accepts it, status and headers kept', async () => {
		const response = await compressHtml(...get('/register'), html());
		expect(response.status).toBe(400);
		expect(response.headers.get('content-encoding')).toBe('br');
		expect(response.headers.get('vary')).toContain('accept-encoding');
		expect(response.headers.get('etag')).toBe('"abc"');
		const body = Buffer.from(await response.arrayBuffer());
		expect(body.byteLength).toBeLessThan(page.length / 10);
		expect(brotliDecompressSync(body).toString()).toBe(page);
	});

	it('travels gzipped where brotli is not accepted, and as it is where nothing is', async () => {
		const gzipped = await compressHtml(...get('/register', 'gzip'), html());
		expect(gzipped.headers.get('content-encoding')).toBe('gzip');
		expect(gunzipSync(Buffer.from(await gzipped.arrayBuffer())).toString()).toBe(page);
		const plain = await compressHtml(...get('/register', ''), html());
		expect(plain.headers.get('content-encoding')).toBeNull();
		expect(await plain.text()).toBe(page);
	});

	it('is left alone on organizer and personal pages, which hold secrets beside what a visitor typed (BREACH)', async () => {
		for (const path of ['/admin', '/admin/users', '/my/some-token', '/ticket']) {
			const response = await compressHtml(...get(path), html());
			expect(response.headers.get('content-encoding'), path).toBeNull();
			expect(await response.text()).toBe(page);
		}
	});

	it('leaves responses already encoded, other types and tiny pages as they are', async () => {
		const encoded = html('already', { 'content-encoding': 'gzip' });
		expect(await compressHtml(...get('/agenda'), encoded)).toBe(encoded);
		const calendar = new Response(page, { headers: { 'content-type': 'text/calendar' } });
		expect(await compressHtml(...get('/calendar.ics'), calendar)).toBe(calendar);
		const tiny = await compressHtml(...get('/register'), html('<p>hi</p>'));
		expect(tiny.headers.get('content-encoding')).toBeNull();
		expect(await tiny.text()).toBe('<p>hi</p>');
	});
});
