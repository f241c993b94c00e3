// Reading a posted form's body: only the two encodings a browser's form sends, at most `maxBytes` of it
// counted as it arrives (a chunked body has no Content-Length to trust), and parsed once.
//
// SvelteKit lets `text/plain` through to actions (it is a form encoding too, which matters for CSRF) and
// answers other types with its own 415; `request.formData()` then throws on text/plain and on broken
// multipart, which was a 500. Here each is a problem with a status the form page is rendered with.

export type BodyProblem = 'not-a-form' | 'too-large' | 'unreadable';

export const BODY_PROBLEM_STATUS = { 'not-a-form': 415, 'too-large': 413, unreadable: 400 } as const satisfies Record<
	BodyProblem,
	number
>;

export type FormBody = { ok: true; formData: FormData } | { ok: false; problem: BodyProblem };

const FORM_TYPES = new Set(['application/x-www-form-urlencoded', 'multipart/form-data']);

/**
 * How much of a refused body is read (and thrown away) so the client, still sending, receives the answer
 * instead of a reset connection. adapter-node's BODY_SIZE_LIMIT usually ends it sooner.
 */
const DRAIN_LIMIT = 16 * 1024 * 1024;

export function mediaType(contentType: string | null): string {
	return (contentType ?? '').split(';', 1)[0]!.trim().toLowerCase();
}

export async function readFormBody(request: Request, maxBytes: number): Promise<FormBody> {
	const contentType = request.headers.get('content-type');
	const type = mediaType(contentType);
	if (!FORM_TYPES.has(type)) {
		await drain(request.body);
		return { ok: false, problem: 'not-a-form' };
	}
	const declaredLength = Number(request.headers.get('content-length') ?? Number.NaN);
	let bytes: Uint8Array<ArrayBuffer> | 'too-large';
	try {
		bytes = await readAtMost(request.body, maxBytes, Number.isFinite(declaredLength) ? declaredLength : undefined);
	} catch (error) {
		// adapter-node errors the stream with a 413 past BODY_SIZE_LIMIT; anything else is a broken upload.
		return { ok: false, problem: (error as { status?: number } | null)?.status === 413 ? 'too-large' : 'unreadable' };
	}
	if (bytes === 'too-large') return { ok: false, problem: 'too-large' };
	if (type === 'application/x-www-form-urlencoded') return { ok: true, formData: urlEncodedForm(bytes) };
	try {
		return { ok: true, formData: await new Response(bytes, { headers: { 'content-type': contentType! } }).formData() };
	} catch {
		return { ok: false, problem: 'unreadable' };
	}
}

/**
 * A urlencoded body as `Response.formData()` reads it (undici: UTF-8 keeping a BOM, URLSearchParams, then
 * FormData), without building a Response around it: that was most of a registration's form reading.
 */
function urlEncodedForm(bytes: Uint8Array): FormData {
	const formData = new FormData();
	for (const [name, value] of new URLSearchParams(utf8KeepingBom.decode(bytes))) formData.append(name, value);
	return formData;
}

const utf8KeepingBom = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * The body's bytes, or 'too-large' as soon as more than `maxBytes` have arrived: from then on chunks are
 * counted and dropped, never kept. A declared Content-Length over the limit is refused before reading.
 */
export async function readAtMost(
	body: ReadableStream<Uint8Array> | null,
	maxBytes: number,
	declaredLength?: number
): Promise<Uint8Array<ArrayBuffer> | 'too-large'> {
	if (declaredLength !== undefined && declaredLength > maxBytes) {
		await drain(body);
		return 'too-large';
	}
	const chunks: Uint8Array[] = [];
	let size = 0;
	if (body) {
		const reader = body.getReader();
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			size += value.byteLength;
			if (size > maxBytes) {
				await drainReader(reader, DRAIN_LIMIT - size);
				return 'too-large';
			}
			chunks.push(value);
		}
	}
	const bytes = new Uint8Array(size);
	let offset = 0;
	for (const chunk of chunks) {
		bytes.set(chunk, offset);
		offset += chunk.byteLength;
	}
	return bytes;
}

async function drain(body: ReadableStream<Uint8Array> | null): Promise<void> {
	if (body && !body.locked) await drainReader(body.getReader(), DRAIN_LIMIT);
}

/** Reads and forgets up to `budget` bytes; past that, gives up on the body (the connection may be reset). */
async function drainReader(reader: ReadableStreamDefaultReader<Uint8Array>, budget: number): Promise<void> {
	try {
		for (let left = budget; ;) {
			const { done, value } = await reader.read();
			if (done) return;
			left -= value.byteLength;
			if (left < 0) {
				await reader.cancel();
				return;
			}
		}
	} catch {
		// The stream failed (the limit of adapter-node, a client gone): nothing left to read.
	}
}
