import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { FORM_BODY_LIMIT, readForm } from '.';
import { readAtMost, readFormBody } from './body';
import { id, text } from './fields';

const schema = z.object({ name: text({ max: 40, required: true }) });

function post(body: BodyInit | null, contentType: string | null, headers: Record<string, string> = {}) {
	return new Request('http://summit.test/register', {
		method: 'POST',
		body,
		headers: { ...(contentType ? { 'content-type': contentType } : {}), ...headers },
		duplex: 'half'
	} as RequestInit);
}

/** A chunked upload: `chunks` pieces of `size` bytes, with no Content-Length; counts what was pulled. */
function chunkedBody(chunks: number, size: number) {
	const chunk = new TextEncoder().encode('a'.repeat(size));
	const pulled = { chunks: 0 };
	const stream = new ReadableStream<Uint8Array>({
		pull(controller) {
			if (pulled.chunks === chunks) return controller.close();
			pulled.chunks++;
			controller.enqueue(chunk);
		}
	});
	return { stream, pulled };
}

describe('the form pipeline', () => {
	it('reads a URL-encoded form and a multipart one alike', async () => {
		const encoded = await readForm(post('name=+Ada++Lam+', 'application/x-www-form-urlencoded'), schema);
		expect(encoded).toMatchObject({ ok: true, data: { name: 'Ada Lam' }, values: { name: ' Ada  Lam ' } });
		const multipart = new FormData();
		multipart.append('name', 'Ada Lam');
		expect(await readForm(post(multipart, null), schema)).toMatchObject({ ok: true, data: { name: 'Ada Lam' } });
	});

	it('reads a URL-encoded body entry for entry as Response.formData() does', async () => {
		const bodies = [
			'name=%E9%99%B3%E5%A4%A7%E6%96%87&name=2&empty=&flag',
			'\uFEFFname=a+b%20c&%zz=%&a=%F0%9F%A7%AC',
			'name=陳大文&x=%C3%28&=nameless&&last=1',
			''
		];
		for (const body of bodies) {
			const bytes = new TextEncoder().encode(body);
			const type = 'application/x-www-form-urlencoded; charset=UTF-8';
			const expected = [...(await new Response(bytes, { headers: { 'content-type': type } }).formData())];
			const read = await readFormBody(post(bytes, type), 1024);
			expect(read.ok && [...read.formData]).toEqual(expected);
		}
	});

	it('answers a body that is not a form with 415, and a broken multipart body with 400', async () => {
		const cases: [BodyInit | null, string | null, number][] = [
			['name=Ada', 'text/plain', 415],
			['{"name":"Ada"}', 'application/json', 415],
			['<name>Ada</name>', 'application/xml', 415],
			['name=Ada', null, 415],
			['--x\r\ncontent-disposition: form-data; name="name"\r\n\r\nAda', 'multipart/form-data; boundary=x', 400],
			['name=Ada', 'multipart/form-data', 400],
			['garbage', 'multipart/form-data; boundary=----nope', 400]
		];
		for (const [body, type, status] of cases) {
			const result = await readForm(post(body, type), schema);
			expect(result.ok ? 200 : result.status, `${type}`).toBe(status);
			expect(result.ok ? null : Object.keys(result.problems)).toEqual(['form']);
		}
	});

	it('refuses a declared Content-Length over the limit with 413', async () => {
		const body = `name=${'a'.repeat(FORM_BODY_LIMIT)}`;
		const result = await readForm(post(body, 'application/x-www-form-urlencoded'), schema);
		expect(result.ok ? 200 : result.status).toBe(413);
	});

	it('counts a chunked body as it arrives: 413 past the limit, after reading the rest and keeping none of it', async () => {
		const { stream, pulled } = chunkedBody(16, 64 * 1024);
		const result = await readForm(post(stream, 'application/x-www-form-urlencoded'), schema);
		expect(result.ok ? 200 : result.status).toBe(413);
		// Drained to the end, so the client still sending receives the answer.
		expect(pulled.chunks).toBe(16);
	});

	it('reads exactly the limit, and past it reads every remaining chunk without returning any', async () => {
		const { stream } = chunkedBody(1024, 16 * 1024);
		const chunks: number[] = [];
		const counting = stream.pipeThrough(
			new TransformStream<Uint8Array, Uint8Array>({
				transform(chunk, controller) {
					chunks.push(chunk.byteLength);
					controller.enqueue(chunk);
				}
			})
		);
		expect(await readAtMost(counting, FORM_BODY_LIMIT)).toBe('too-large');
		expect(chunks.length).toBe(1024);
		const exact = chunkedBody(4, 16 * 1024);
		const bytes = await readAtMost(exact.stream, FORM_BODY_LIMIT);
		expect(bytes === 'too-large' ? -1 : bytes.byteLength).toBe(FORM_BODY_LIMIT);
	});

	it('accepts a bigger body where the form allows it (a photo upload)', async () => {
		const { stream } = chunkedBody(2, 64 * 1024);
		const result = await readForm(post(stream, 'application/x-www-form-urlencoded'), z.object({}), {
			maxBytes: 256 * 1024
		});
		expect(result.ok).toBe(true);
	});

	it('answers a stream that fails midway with 400, and the adapter’s own size limit with 413', async () => {
		const failing = (error: unknown) =>
			new ReadableStream<Uint8Array>({
				start(controller) {
					controller.enqueue(new TextEncoder().encode('name='));
					controller.error(error);
				}
			});
		const aborted = await readForm(post(failing(new Error('aborted')), 'application/x-www-form-urlencoded'), schema);
		expect(aborted.ok ? 200 : aborted.status).toBe(400);
		const overLimit = await readForm(post(failing({ status: 413 }), 'application/x-www-form-urlencoded'), schema);
		expect(overLimit.ok ? 200 : overLimit.status).toBe(413);
	});

	it('sends back what was typed with one problem per field, as a code, never passwords', async () => {
		const result = await readForm(
			post('name=&password=secret&tags=a&tags=b&more=x', 'application/x-www-form-urlencoded'),
			schema
		);
		expect(result).toMatchObject({
			ok: false,
			status: 400,
			values: { name: '', tags: ['a', 'b'] },
			problems: { name: { code: 'required' } }
		});
		const long = await readForm(post(`name=${'a'.repeat(41)}`, 'application/x-www-form-urlencoded'), schema);
		expect(long.ok ? null : long.problems).toEqual({ name: { code: 'too-long', max: 40 } });
		expect(result.values).not.toHaveProperty('password');
	});

	it('reads ids only in their canonical form ("2", not "2.0")', async () => {
		const idSchema = z.object({ sessionId: id() });
		for (const [raw, expected] of [
			['2', 2],
			['2.0', null],
			['02', null],
			['2e0', null],
			['+2', null],
			['', null]
		] as const) {
			const result = await readForm(
				post(`sessionId=${encodeURIComponent(raw)}`, 'application/x-www-form-urlencoded'),
				idSchema
			);
			expect(result.ok ? result.data.sessionId : null, raw).toBe(expected);
		}
	});
});
