import { describe, expect, it } from 'vitest';
import { cachedPage } from './page-cache';
import { dropRenders } from './renders';

/** A render that finishes when told to, counting how often it was started. */
function controlledRender(body: string, status = 200) {
	const started: Array<() => void> = [];
	let count = 0;
	return {
		get count() {
			return count;
		},
		finishAll() {
			for (const finish of started.splice(0)) finish();
		},
		render: () =>
			new Promise<Response>((resolve) => {
				count += 1;
				started.push(() => resolve(new Response(body, { status, headers: { 'content-type': 'text/html' } })));
			})
	};
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the page cache', () => {
	it('renders a page once for requests that arrive while it is being rendered, and keeps it', async () => {
		dropRenders();
		const agenda = controlledRender('<p>agenda</p>');
		const crowd = Array.from({ length: 20 }, () => cachedPage('en /agenda?', 'gzip', agenda.render));
		await tick();
		expect(agenda.count).toBe(1);
		agenda.finishAll();
		const answers = await Promise.all(crowd);
		expect(answers.map((answer) => answer.headers.get('x-page-cache')).sort()).toEqual([
			'miss',
			...Array(19).fill('shared')
		]);
		expect(answers.every((answer) => answer.headers.get('content-encoding') === 'gzip')).toBe(true);
		const later = await cachedPage('en /agenda?', '', agenda.render);
		expect(later.headers.get('x-page-cache')).toBe('hit');
		expect(await later.text()).toBe('<p>agenda</p>');
		expect(agenda.count).toBe(1);
	});

	it('does not hand a render begun before a change to requests that arrive after it', async () => {
		dropRenders();
		const before = controlledRender('<p>before</p>');
		const first = cachedPage('en /speakers?', '', before.render);
		await tick();
		dropRenders();
		const after = controlledRender('<p>after</p>');
		const second = cachedPage('en /speakers?', '', after.render);
		await tick();
		expect(after.count).toBe(1);
		before.finishAll();
		after.finishAll();
		expect(await (await first).text()).toBe('<p>before</p>');
		expect(await (await second).text()).toBe('<p>after</p>');
		// Only the render from after the change is kept.
		expect(await (await cachedPage('en /speakers?', '', before.render)).text()).toBe('<p>after</p>');
	});

	it('lets each waiting request render for itself when the shared render is not a page to keep', async () => {
		dropRenders();
		const missing = controlledRender('<p>not found</p>', 404);
		const crowd = Array.from({ length: 3 }, () => cachedPage('en /agenda/nope?', '', missing.render));
		await tick();
		missing.finishAll();
		await tick();
		missing.finishAll();
		const answers = await Promise.all(crowd);
		expect(answers.map((answer) => answer.status)).toEqual([404, 404, 404]);
		expect(missing.count).toBe(3);
		expect(answers.every((answer) => answer.headers.get('x-page-cache') === null)).toBe(true);
	});

	it('lets waiting requests render for themselves when the shared render fails', async () => {
		dropRenders();
		let calls = 0;
		const render = async () => {
			calls += 1;
			if (calls === 1) throw new Error('the database went away');
			return new Response('<p>ok</p>', { status: 200 });
		};
		const [first, second] = await Promise.allSettled([
			cachedPage('en /?', '', render),
			cachedPage('en /?', '', render)
		]);
		expect(first.status).toBe('rejected');
		expect(second.status === 'fulfilled' && second.value.status).toBe(200);
	});
});
