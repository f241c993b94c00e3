// What a scanner (sqlmap drew 8,829 500s) or a broken client sends to the forms: bodies that are no form,
// broken multipart, a chunked body far past the limit, ids spelt two ways. Every one is a 4xx answered
// with a page, never a 500. Run against the organizer server, whose BODY_SIZE_LIMIT (8 MB, for speaker
// photos) would otherwise let a megabyte through to a public form.
import { expect, test, type APIRequestContext, type BrowserContext } from '@playwright/test';
import { request as httpRequest } from 'node:http';
import { ADMIN_URL, organizer, signIn } from './admin-helpers';
import { uniqueEmail } from './registration-helpers';

type Answer = { status: number; body: string };

const BROKEN_MULTIPART = '--boundary\r\ncontent-disposition: form-data; name="fullName"\r\n\r\nAda';

/** A browser-like post of `body` as it is, chunked when it is a number of bytes (no Content-Length). */
function post(path: string, contentType: string, body: string | number, cookie = ''): Promise<Answer> {
	return new Promise((resolve, reject) => {
		const headers: Record<string, string> = {
			origin: ADMIN_URL,
			accept: 'text/html',
			'content-type': contentType,
			...(cookie ? { cookie } : {})
		};
		if (typeof body === 'string') headers['content-length'] = String(Buffer.byteLength(body));
		const request = httpRequest(`${ADMIN_URL}${path}`, { method: 'POST', headers }, (response) => {
			let text = '';
			response.setEncoding('utf8');
			response.on('data', (chunk: string) => (text += chunk));
			response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
		});
		request.on('error', reject);
		if (typeof body === 'string') request.end(body);
		else {
			const chunk = Buffer.alloc(64 * 1024, 'a');
			const write = (left: number): void => {
				if (left <= 0) return void request.end();
				if (request.write(chunk.subarray(0, Math.min(left, chunk.length)))) write(left - chunk.length);
				else request.once('drain', () => write(left - chunk.length));
			};
			request.write('fullName=');
			write(body);
		}
	});
}

/** The four bodies, and what each must get: a 4xx and a page saying what went wrong. */
async function expectRefusals(path: string, cookie = '', form = /<form method="post"/) {
	const plain = await post(path, 'text/plain', 'fullName=Ada', cookie);
	expect(plain.status, `text/plain to ${path}`).toBe(415);
	expect(plain.body).toContain('This form arrived in a format we cannot read.');
	expect(plain.body).toMatch(form);

	const json = await post(path, 'application/json', '{"fullName":"Ada"}', cookie);
	expect(json.status, `JSON to ${path}`).toBe(415);
	expect(json.body).toContain('We could not read that form');

	const broken = await post(path, 'multipart/form-data; boundary=boundary', BROKEN_MULTIPART, cookie);
	expect(broken.status, `broken multipart to ${path}`).toBe(400);
	expect(broken.body).toContain('This form arrived incomplete or damaged.');
	expect(broken.body).toMatch(form);

	const chunked = await post(path, 'application/x-www-form-urlencoded', 1024 * 1024, cookie);
	expect(chunked.status, `1 MB chunked to ${path}`).toBe(413);
	expect(chunked.body).toContain('This form is larger than we accept.');
	expect(chunked.body).toMatch(form);
}

async function register(request: APIRequestContext, extra: [string, string][] = []) {
	const form = new URLSearchParams({
		fullName: 'Body Test',
		email: uniqueEmail('bodies'),
		organisation: 'O',
		jobTitle: 'J',
		category: 'other',
		country: 'HK',
		consent: 'on'
	});
	for (const [name, value] of extra) form.append(name, value);
	return request.post(`${ADMIN_URL}/register`, {
		data: form.toString(),
		headers: { origin: ADMIN_URL, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
		maxRedirects: 0
	});
}

async function cookieHeader(context: BrowserContext) {
	return (await context.cookies(`${ADMIN_URL}/admin`)).map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');
}

test('the registration form answers bodies that are no form, broken or too large with 4xx and the page', async () => {
	await expectRefusals('/register');
});

test('a private link’s actions answer bodies that are no form, broken or too large with 4xx and the page', async ({
	request
}) => {
	const registered = await register(request);
	expect(registered.status()).toBe(303);
	const link = registered.headers().location!.replace('?welcome=1', '');
	await expectRefusals(`${link}?/sessions`);
	await expectRefusals(`${link}?/cancel`);
	// Nothing was changed by any of them.
	expect(await (await request.get(`${ADMIN_URL}${link}`)).text()).toContain('Confirmed');
});

test('organizer actions answer bodies that are no form, broken or too large with 4xx and the page', async ({
	page,
	context
}) => {
	await signIn(page, organizer('admin'));
	const cookie = await cookieHeader(context);
	await expectRefusals('/admin/sessions/new?/create', cookie);
	await expectRefusals('/admin/users?/invite', cookie);
	await expectRefusals('/admin/registrations?/promote', cookie);
});

test('a session id spelt two ways ("2" and "2.0") is a 400 with the form, not a 500', async ({ request }) => {
	const html = await (await request.get(`${ADMIN_URL}/register`)).text();
	const id = html.match(/name="sessionIds" value="(\d+)"/)?.[1];
	expect(id).toBeDefined();
	for (const spelling of [`${id}.0`, `0${id}`, `${id}e0`]) {
		const response = await register(request, [
			['sessionIds', id!],
			['sessionIds', spelling]
		]);
		expect(response.status(), spelling).toBe(400);
		expect(await response.text()).toContain('Select sessions from the list');
	}
	const once = await register(request, [['sessionIds', id!]]);
	expect(once.status()).toBe(303);
});
