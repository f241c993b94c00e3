// An admin keeps the edition's settings at /admin/event, and the public site, search engines and calendars
// follow. Its own server (clock pinned to 1 June 2024, inside the seed's registration window), since moving
// the venue, the window, the capacity and the summit itself changes what every other test would read.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { EVENT_SITE_URL, eventDatabaseUrl } from '../playwright.config';
import { gotoHydrated, PASSWORD, type Organizer } from './admin-helpers';
import { mailsTo, uniqueEmail } from './registration-helpers';

// Accounts are made with `npx tsx` (seconds each on a loaded machine): one per role, kept for the file.
test.describe.configure({ mode: 'serial', timeout: 180_000 });
test.use({ baseURL: EVENT_SITE_URL });

const accounts = new Map<string, Organizer>();

function account(role: Organizer['role']): Organizer {
	const existing = accounts.get(role);
	if (existing) return existing;
	const made = { email: `${role}-${process.pid}-${Date.now()}@organizers.example`, name: `Event ${role}`, role };
	execFileSync('npx', ['tsx', 'scripts/admin-create.ts', '--email', made.email, '--name', made.name, '--role', role], {
		env: { ...process.env, DATABASE_URL: eventDatabaseUrl, ADMIN_PASSWORD: PASSWORD },
		stdio: 'pipe'
	});
	accounts.set(role, made);
	return made;
}

async function signIn(page: Page, who: Organizer) {
	await page.goto('/admin/login');
	await page.getByLabel('Email').fill(who.email);
	await page.getByLabel('Password').fill(PASSWORD);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page.getByRole('navigation', { name: 'Organizer area' })).toBeVisible();
}

/** A form posted as the page's browser would (its cookies, its Origin), answering the status. */
async function post(page: Page, path: string, fields: Record<string, string>) {
	const response = await page.request.post(path, {
		form: fields,
		headers: { origin: EVENT_SITE_URL, accept: 'text/html' },
		maxRedirects: 0
	});
	return response.status();
}

/** Registers someone through the public form, without a browser; answers the status (303 when registered). */
function register(page: Page, email: string) {
	return post(page, '/register', {
		fullName: 'Chan Tai Man',
		email,
		organisation: 'Test Organisation',
		jobTitle: 'Engineer',
		category: 'industry',
		country: 'HK',
		consent: 'on'
	});
}

async function storedForm(page: Page): Promise<Record<string, string>> {
	await gotoHydrated(page, '/admin/event');
	return page.locator('form[action="?/save"]').evaluate((form) => {
		const data = new FormData(form as HTMLFormElement);
		return Object.fromEntries([...data.entries()].map(([key, value]) => [key, String(value)]));
	});
}

function jsonLd(html: string) {
	const script = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1];
	return JSON.parse(script!) as {
		location: { name: string; address: Record<string, string>; hasMap?: string };
		offers: { availability: string; validThrough?: string };
	};
}

const sequences = (ics: string) => [...ics.matchAll(/^SEQUENCE:(\d+)/gm)].map((match) => Number(match[1]));

const admin = () => account('admin');

test('editors and door staff are refused the event settings', async ({ page }) => {
	for (const role of ['editor', 'checkin'] as const) {
		await page.context().clearCookies();
		await signIn(page, account(role));
		await expect(page.getByRole('link', { name: 'Event', exact: true })).toHaveCount(0);
		expect((await page.goto('/admin/event'))?.status(), role).toBe(403);
		expect(await post(page, '/admin/event?/save', { name: 'Taken over', venueName: 'Nowhere' }), role).toBe(403);
	}
	await page.context().clearCookies();
	await signIn(page, admin());
	const form = await storedForm(page);
	expect(form.name).toBe('International Bio-Computing Innovation Summit');
});

test('bad settings come back with what was typed and a message, and nothing is written', async ({ page }) => {
	await signIn(page, admin());
	for (const n of [1, 2]) expect(await register(page, uniqueEmail(`seat-${n}`))).toBe(303);
	const stored = await storedForm(page);

	// In the browser: the values stay, the message names the problem.
	await page.getByLabel('Venue name').fill('Typed but refused');
	await page.getByLabel('Capacity').fill('1');
	await page.getByLabel('Ends', { exact: true }).fill('2024-06-24T08:00');
	await page.getByRole('button', { name: 'Save settings' }).click();
	await expect(page.getByRole('alert').first()).toBeVisible();
	const errors = page.locator('.error');
	await expect(errors.filter({ hasText: 'The end must be after the start' })).toHaveCount(1);
	await expect(page.getByLabel('Venue name')).toHaveValue('Typed but refused');

	// Each on its own, as posted: a 4xx every time.
	const problems: [Record<string, string>, string][] = [
		[{ endsAt: '2024-06-24T08:59' }, 'The end must be after the start'],
		[{ registrationClosesAt: '2024-06-25T09:00' }, 'Registration must close by the end of the summit'],
		[{ capacity: '1' }, '2 seats are already taken; the capacity cannot be lower'],
		[{ timeZone: 'Hong Kong' }, 'Enter a time zone by its IANA name']
	];
	for (const [change, message] of problems) {
		const response = await page.request.post('/admin/event?/save', {
			form: { ...stored, venueName: 'Typed but refused', ...change },
			headers: { origin: EVENT_SITE_URL, accept: 'text/html' }
		});
		expect(response.status(), message).toBe(400);
		const html = await response.text();
		expect(html, message).toContain(message);
		expect(html, message).toContain('value="Typed but refused"');
	}

	expect(await storedForm(page)).toEqual(stored);
});

test('an admin moves the venue, the window and the capacity and clears the sample notice; the site, JSON-LD and calendars follow', async ({
	page
}) => {
	await signIn(page, admin());
	const before = await (await page.request.get('/calendar/summit.ics')).text();
	expect(new Set(sequences(before))).toEqual(new Set([0]));
	await expect((await page.goto('/'))!.ok()).toBe(true);
	await expect(page.getByText('Sample programme')).toBeVisible();

	await gotoHydrated(page, '/admin/event');
	await page.getByLabel('Venue name').fill('Test Convention Hall');
	await page.getByLabel('Address').fill('Hall 3\n1 Test Road');
	await page.getByLabel('District').fill('Wan Chai');
	await page.getByLabel('Map link').fill('https://maps.example.com/test-hall');
	await page.getByLabel('Contact email').fill('summit-team@example.com');
	await page.getByLabel('Registration opens').fill('2024-05-01T09:00');
	await page.getByLabel('Registration closes').fill('2024-06-20T18:00');
	await page.getByLabel('Capacity').fill('2');
	await page.getByLabel('Say that times, rooms and the venue are sample data').uncheck();
	await page.getByRole('button', { name: 'Save settings' }).click();
	await expect(page.getByRole('status')).toContainText('Sessions updated in calendars');

	// The home page, from a visitor without cookies (the page cache's side).
	const visitor = await page.context().browser()!.newContext();
	const home = await visitor.newPage();
	await home.goto(`${EVENT_SITE_URL}/`);
	const venue = home.locator('address');
	await expect(venue).toContainText('Test Convention Hall');
	await expect(venue).toContainText('Hall 3');
	await expect(venue).toContainText('1 Test Road');
	await expect(venue).toContainText('Wan Chai');
	await expect(home.getByRole('link', { name: 'Map of Test Convention Hall' })).toHaveAttribute(
		'href',
		'https://maps.example.com/test-hall'
	);
	await expect(home.getByText('Sample programme')).toHaveCount(0);
	await expect(home.getByRole('contentinfo').getByRole('link', { name: 'summit-team@example.com' })).toBeVisible();
	// Two seats taken, two seats: full, and the page offers the waitlist.
	await expect(home.getByText('The summit is full: registering puts you on the waitlist.')).toBeVisible();
	await expect(home.getByRole('banner').getByRole('link', { name: 'Join the waitlist' })).toBeVisible();

	const data = jsonLd(await (await visitor.request.get(`${EVENT_SITE_URL}/`)).text());
	expect(data.location).toEqual({
		'@type': 'Place',
		name: 'Test Convention Hall',
		address: {
			'@type': 'PostalAddress',
			streetAddress: 'Hall 3, 1 Test Road',
			addressLocality: 'Hong Kong',
			addressRegion: 'Wan Chai',
			addressCountry: 'HK'
		},
		hasMap: 'https://maps.example.com/test-hall'
	});
	expect(data.offers.validThrough).toBe('2024-06-20T18:00:00+08:00');
	expect(data.offers.availability).toBe('https://schema.org/SoldOut');

	const after = await (await visitor.request.get(`${EVENT_SITE_URL}/calendar/summit.ics`)).text();
	expect(new Set(sequences(after))).toEqual(new Set([1]));
	expect(after).toContain('LOCATION:');
	expect(after.replace(/\r\n /g, '')).toContain('Test Convention Hall\\, Hall 3\\, 1 Test Road\\, Wan Chai');
	await visitor.close();

	// A third person joins the waitlist; one more seat is theirs, with the mail that says so.
	const third = uniqueEmail('third');
	expect(await register(page, third)).toBe(303);
	await gotoHydrated(page, '/admin/event');
	await page.getByLabel('Capacity').fill('3');
	await page.getByRole('button', { name: 'Save settings' }).click();
	await expect(page.getByRole('status')).toContainText('People given a seat from the waitlist: 1.');
	const mails = await mailsTo(third, 2, 'event');
	expect(mails.map((mail) => mail.subject)).toContain('A seat is yours: International Bio-Computing Innovation Summit');
});

test('moved before the clock, the summit shows as past: home, /register and the agenda say so', async ({ page }) => {
	await signIn(page, admin());
	await gotoHydrated(page, '/admin/event');
	await page.getByLabel('Starts').fill('2024-05-20T09:00');
	await page.getByLabel('Ends', { exact: true }).fill('2024-05-20T17:00');
	await page.getByLabel('Registration opens').fill('2024-05-01T09:00');
	await page.getByLabel('Registration closes').fill('');
	await page.getByRole('button', { name: 'Save settings' }).click();
	await expect(page.getByRole('status')).toContainText('Sessions updated in calendars');

	await page.context().clearCookies();
	await page.goto('/');
	await expect(page.getByText('The summit took place on Monday 20 May 2024.')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Why it matters' })).toBeVisible();
	await expect(page.getByRole('banner').getByRole('link', { name: 'Programme' })).toHaveAttribute('href', '/agenda');
	await page.goto('/register');
	await expect(page.getByText('Registration has closed: the summit took place on Monday 20 May 2024.')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Register' })).toHaveCount(0);
	expect(await register(page, uniqueEmail('too-late'))).toBe(403);
	await page.goto('/agenda');
	await expect(page.getByText('This programme stays online as its record.')).toBeVisible();
	// The programme moved with the summit: the signing ceremony is on 20 May now.
	await page.goto('/agenda/hkic-biomap-signing-ceremony');
	await expect(page.getByText('Monday 20 May 2024').first()).toBeVisible();

	for (const path of ['/', '/register', '/agenda']) {
		await page.goto(path);
		const results = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
			.analyze();
		expect(
			results.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
		).toEqual([]);
	}
});
