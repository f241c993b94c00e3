// Every form action of the site, found on disk, reads its form through the one pipeline: a body that is
// no form is a 415, a broken multipart body a 400, each a failure the page renders, never an exception
// (a 500). A new action that reads `request.formData()` itself, or nothing at all, fails this test.
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isActionFailure } from '@sveltejs/kit';
// The request store behind getRequestEvent(), as in authorization-coverage.test.ts.
// @ts-expect-error no type declarations for this internal entry point
import { with_request_store } from '@sveltejs/kit/internal/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { getCurrentEvent } from '$lib/server/agenda/event';
import { register } from '$lib/server/registration/register';
import { attendee } from '$lib/server/testing/fixtures';

const routesRoot = fileURLToPath(new URL('.', import.meta.url));

async function pageServerFiles(directory = routesRoot): Promise<{ routeId: string; path: string }[]> {
	const found: { routeId: string; path: string }[] = [];
	for (const entry of await readdir(directory, { withFileTypes: true })) {
		const path = join(directory, entry.name);
		if (entry.isDirectory()) found.push(...(await pageServerFiles(path)));
		else if (entry.name === '+page.server.ts')
			found.push({ routeId: '/' + relative(routesRoot, directory).split(sep).join('/'), path });
	}
	return found;
}

const admin = { id: 999_999, email: 'pipeline@test.example', name: 'Pipeline test', role: 'admin' };
let token = '';

function fakeEvent(routeId: string, body: BodyInit, contentType: string) {
	const url = new URL(`http://summit.test${routeId.replace('[id]', '999999').replace('[token]', token)}`);
	return {
		url,
		request: new Request(url, { method: 'POST', body, headers: { origin: url.origin, 'content-type': contentType } }),
		params: { id: '999999', token },
		route: { id: routeId },
		locals: {
			user: admin,
			session: { id: 'pipeline-test-session', userId: admin.id, expiresAt: new Date(Date.now() + 60_000) }
		},
		cookies: { get: () => undefined, getAll: () => [], set: () => {}, delete: () => {}, serialize: () => '' },
		getClientAddress: () => '192.0.2.77',
		setHeaders: () => {},
		fetch,
		platform: undefined,
		isDataRequest: false,
		isSubRequest: false,
		isRemoteRequest: false,
		tracing: { enabled: false, root: null, current: null }
	};
}

const withRequestStore = with_request_store as <T>(store: { event: unknown; state: object }, fn: () => T) => T;

async function answer(action: (event: unknown) => unknown, event: ReturnType<typeof fakeEvent>): Promise<string> {
	try {
		const result = await withRequestStore({ event, state: {} }, () => action(event));
		return isActionFailure(result) ? String(result.status) : 'succeeded';
	} catch (error) {
		return `threw ${(error as { status?: number }).status ?? (error as Error).message}`;
	}
}

beforeAll(async () => {
	// A real private link, so the /my actions get past their look-up to the form.
	const event = await getCurrentEvent();
	const result = await register(event.id, attendee(`pipeline-${crypto.randomUUID().slice(0, 8)}`), {
		ignoreWindow: true
	});
	if (result.outcome !== 'registered') throw new Error(result.outcome);
	token = result.token;
});

describe('every form action reads its form through the pipeline', () => {
	it('answers text/plain with 415 and broken multipart with 400, as a failure the page shows', async () => {
		const answers: string[] = [];
		let actions = 0;
		for (const file of await pageServerFiles()) {
			const module = (await import(/* @vite-ignore */ file.path)) as {
				actions?: Record<string, (event: unknown) => unknown>;
			};
			for (const [name, action] of Object.entries(module.actions ?? {})) {
				actions++;
				const plain = await answer(action, fakeEvent(file.routeId, 'fullName=Ada', 'text/plain'));
				const broken = await answer(
					action,
					fakeEvent(
						file.routeId,
						'--b\r\ncontent-disposition: form-data; name="x"\r\n\r\n',
						'multipart/form-data; boundary=b'
					)
				);
				answers.push(`${file.routeId} ${name}: ${plain} ${broken}`);
			}
		}
		expect(answers.filter((line) => !line.endsWith(': 415 400'))).toEqual([]);
		expect(actions).toBeGreaterThan(25);
	});
});
