// /schedule.json and /schedule.xml as conference apps fetch them from `node build`: found from the agenda,
// the right types, and polls answered 304 while nothing changed.
import { expect, test } from '@playwright/test';

test('the agenda links the schedule files, which answer with their type and 304 to a current copy', async ({
	page,
	request
}) => {
	await page.goto('/agenda');
	for (const [name, type] of [
		['schedule.json', 'application/json'],
		['schedule.xml', 'application/xml']
	] as const) {
		const href = await page.getByRole('link', { name, exact: true }).getAttribute('href');
		expect(href).toBe(`/${name}`);
		const response = await request.get(href!);
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toBe(`${type}; charset=utf-8`);
		const etag = response.headers()['etag'];
		expect(etag).toMatch(/^"[\w-]{32}"$/);
		const body = await response.text();
		expect(body).toContain('International Bio-Computing Innovation Summit');

		const poll = await request.get(href!, { headers: { 'If-None-Match': etag! } });
		expect(poll.status()).toBe(304);
		expect(await poll.text()).toBe('');
	}

	const schedule = await (await request.get('/schedule.json')).json();
	expect(schedule.schedule.conference.time_zone_name).toBe('Asia/Hong_Kong');
	expect(schedule.schedule.conference.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
});

test('only json and xml are schedule files', async ({ request }) => {
	expect((await request.get('/schedule.yaml')).status()).toBe(404);
});
