import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { parseCalendar } from '../src/lib/server/testing/ical';
import { fillRegistration, uniqueEmail } from './registration-helpers';
import { SITE_PORT } from '../playwright.config';

const SIGNING = 'HKIC x BioMap Strategic Partnership Agreement Signing Ceremony';
const FIRESIDE = 'Fireside chat: Bio-computing for green technology';

/** Clicks a link that should download a file; returns its suggested name and its text. */
async function download(page: Page, click: () => Promise<void>) {
	const [file] = await Promise.all([page.waitForEvent('download'), click()]);
	return { name: file.suggestedFilename(), text: await readFile((await file.path())!, 'utf8') };
}

for (const javaScriptEnabled of [true, false]) {
	test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
		test.use({ javaScriptEnabled });

		test('attendee adds a session to their calendar from the agenda', async ({ page }) => {
			await page.goto('/agenda');
			const signing = page.locator('#session-hkic-biomap-signing-ceremony');
			await expect(signing.getByRole('link', { name: 'Calendar file (.ics)' })).toBeHidden();
			await signing.getByText('Add to calendar').click();
			await expect(signing.getByRole('link', { name: 'Google Calendar' })).toHaveAttribute('href', '/calendar/sessions/hkic-biomap-signing-ceremony/google');
			await expect(signing.getByRole('link', { name: 'Outlook.com' })).toHaveAttribute('href', '/calendar/sessions/hkic-biomap-signing-ceremony/outlook');

			const file = await download(page, () => signing.getByRole('link', { name: 'Calendar file (.ics)' }).click());
			expect(file.name).toBe('hkic-biomap-signing-ceremony.ics');
			const [event] = parseCalendar(file.text).events;
			expect(event?.summary).toBe(SIGNING);
			expect(event?.start.toISOString()).toBe('2024-06-24T02:00:00.000Z');
			expect(event?.uid).toMatch(/^session-\d+@biocomputing-summit-2024$/);
		});

		test('attendee subscribes to the summit from the agenda, or downloads it', async ({ page }) => {
			await page.goto('/agenda');
			await page.getByText('Agenda in your calendar').click();
			const summit = page.getByRole('list', { name: 'Whole summit' });
			await expect(summit.getByRole('link', { name: 'Subscribe' })).toHaveAttribute('href', `webcal://127.0.0.1:${SITE_PORT}/calendar/summit.ics`);
			const track = page.getByRole('list', { name: 'Green technology and sustainability' });
			await expect(track.getByRole('link', { name: 'Subscribe' })).toHaveAttribute('href', `webcal://127.0.0.1:${SITE_PORT}/calendar/tracks/green-technology.ics`);

			const file = await download(page, () => summit.getByRole('link', { name: 'Download (.ics)' }).click());
			expect(file.name).toBe('biocomputing-summit-2024.ics');
			const calendar = parseCalendar(file.text);
			expect(calendar.wrName).toBe('International Bio-Computing Innovation Summit');
			expect(calendar.events).toHaveLength(11);
		});

		test('the session page offers the same three ways, already open', async ({ page }) => {
			await page.goto('/agenda/fireside-chat-green-technology');
			const file = await download(page, () => page.getByRole('link', { name: 'Calendar file (.ics)' }).click());
			expect(file.name).toBe('fireside-chat-green-technology.ics');
			expect(parseCalendar(file.text).events.map((e) => e.summary)).toEqual([FIRESIDE]);
			await expect(page.getByRole('link', { name: 'Google Calendar' })).toBeVisible();
			await expect(page.getByRole('link', { name: 'Outlook.com' })).toBeVisible();
		});
	});
}

test('Google Calendar and Outlook.com links open their pages with the session filled in', async ({ request }) => {
	const google = await request.get('/calendar/sessions/hkic-biomap-signing-ceremony/google', { maxRedirects: 0 });
	expect(google.status()).toBe(303);
	const googleUrl = new URL(google.headers()['location']!);
	expect(googleUrl.origin + googleUrl.pathname).toBe('https://calendar.google.com/calendar/render');
	expect(googleUrl.searchParams.get('text')).toBe(SIGNING);
	expect(googleUrl.searchParams.get('dates')).toBe('20240624T020000Z/20240624T023000Z');
	const outlook = await request.get('/calendar/sessions/hkic-biomap-signing-ceremony/outlook', { maxRedirects: 0 });
	expect(new URL(outlook.headers()['location']!).searchParams.get('startdt')).toBe('2024-06-24T02:00:00Z');
	expect((await request.get('/calendar/sessions/hkic-biomap-signing-ceremony/yahoo', { maxRedirects: 0 })).status()).toBe(404);
});

test('calendar feeds answer as calendars, with validators, and 304 when nothing changed', async ({ request }) => {
	const response = await request.get('/calendar/summit.ics');
	expect(response.status()).toBe(200);
	const headers = response.headers();
	expect(headers['content-type']).toBe('text/calendar; charset=utf-8');
	expect(headers['content-disposition']).toBe('attachment; filename="biocomputing-summit-2024.ics"');
	expect(headers['cache-control']).toBe('public, max-age=300');
	expect(headers['etag']).toMatch(/^"[\w-]+"$/);
	expect(headers['last-modified']).toMatch(/ GMT$/);

	const again = await request.get('/calendar/summit.ics', { headers: { 'If-None-Match': headers['etag']! } });
	expect(again.status()).toBe(304);
	expect(await again.body()).toHaveLength(0);
	const since = await request.get('/calendar/summit.ics', { headers: { 'If-Modified-Since': headers['last-modified']! } });
	expect(since.status()).toBe(304);

	const track = await request.get('/calendar/tracks/human-health.ics');
	expect(track.headers()['content-disposition']).toBe('attachment; filename="biocomputing-summit-2024-human-health.ics"');
	expect(parseCalendar(await track.text()).events.map((e) => e.summary)).toEqual([
		'Keynote: Accelerating new drug development to improve human health',
		'Fireside chat: Bio-computing and new drug development'
	]);
});

test('an unknown session, track or private link is a 404, not an error', async ({ request }) => {
	for (const path of ['/calendar/sessions/no-such-session.ics', '/calendar/tracks/astrology.ics', '/calendar/my/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.ics', '/calendar/my/x.ics']) {
		expect((await request.get(path)).status(), path).toBe(404);
	}
});

test('attendee subscribes to the sessions they chose', async ({ page, request }) => {
	await page.goto('/register');
	await fillRegistration(page, { name: 'Calendar Subscriber', email: uniqueEmail('calendar'), sessions: [SIGNING, FIRESIDE] });
	await page.getByRole('button', { name: 'Register' }).click();
	await expect(page).toHaveURL(/\/my\/[a-z2-7]{32}/);
	const token = new URL(page.url()).pathname.split('/').at(-1)!;

	const response = await request.get(`/calendar/my/${token}.ics`);
	expect(response.status()).toBe(200);
	expect(response.headers()['cache-control']).toBe('private, max-age=300');
	expect(response.headers()['x-robots-tag']).toBe('noindex');
	const calendar = parseCalendar(await response.text());
	expect(calendar.wrName).toBe('International Bio-Computing Innovation Summit: my sessions');
	expect(calendar.events.map((e) => e.summary.replace(/ \(waitlist\)$/, ''))).toEqual([SIGNING, FIRESIDE]);
	// The same UID as in the summit feed: an attendee with both sees each session once.
	const summit = parseCalendar(await (await request.get('/calendar/summit.ics')).text());
	const summitUid = (summary: string) => summit.events.find((e) => e.summary === summary)?.uid;
	expect(calendar.events.map((e) => e.uid)).toEqual([summitUid(SIGNING), summitUid(FIRESIDE)]);
});

test('axe finds no violations with the calendar choices open', async ({ page }) => {
	await page.goto('/agenda');
	await page.getByText('Agenda in your calendar').click();
	await page.locator('#session-hkic-biomap-signing-ceremony').getByText('Add to calendar').click();
	for (const url of ['/agenda', '/agenda/hkic-biomap-signing-ceremony']) {
		if (url !== '/agenda') await page.goto(url);
		const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), url).toEqual([]);
	}
});
