// An admin prepares next year's edition, previews it and publishes it; last year's programme stays online
// under its year, with its calendar UIDs, and the links already in people's calendars keep working.
// Its own server (EDITIONS_SITE_PORT): publishing changes what every other test would read.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { parseCalendar } from '../src/lib/server/testing/ical';
import { EDITIONS_SITE_PORT, editionsDatabaseUrl } from '../playwright.config';
import { checkHtml, findJava } from './html-checker';

const SITE = `http://127.0.0.1:${EDITIONS_SITE_PORT}`;
const PASSWORD = 'a long organizer passphrase';
const SIGNING = 'HKIC x BioMap Strategic Partnership Agreement Signing Ceremony';
const NEXT_NAME = 'Bio-Computing Summit, next edition (test)';

function admin() {
	const email = `editions-admin-${process.pid}-${Date.now()}@organizers.example`;
	execFileSync(
		'npx',
		['tsx', 'scripts/admin-create.ts', '--email', email, '--name', 'Editions Admin', '--role', 'admin'],
		{ env: { ...process.env, DATABASE_URL: editionsDatabaseUrl, ADMIN_PASSWORD: PASSWORD }, stdio: 'pipe' }
	);
	return email;
}

async function signIn(page: Page, email: string) {
	await page.goto(`${SITE}/admin/login`);
	await page.getByLabel('Email').fill(email);
	await page.getByLabel('Password').fill(PASSWORD);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page.getByRole('navigation', { name: 'Organizer area' })).toBeVisible();
}

async function uids(request: APIRequestContext, path: string): Promise<string[]> {
	const response = await request.get(`${SITE}${path}`);
	expect(response.status(), path).toBe(200);
	return parseCalendar(await response.text()).events.map((event) => event.uid);
}

async function expectNoAxeViolations(page: Page, path: string) {
	const response = await page.goto(`${SITE}${path}`);
	expect(response?.status(), path).toBeLessThan(400);
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
		.analyze();
	expect(
		results.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
	).toEqual([]);
}

test('an admin creates the 2025 draft, previews it and publishes it; /2024/ keeps the 2024 programme and its UIDs', async ({
	page,
	browser,
	request
}) => {
	// Axe on five pages and the Nu Html Checker: minutes on a loaded machine.
	test.setTimeout(360_000);
	const summitUidsBefore = await uids(request, '/calendar/summit.ics');
	const signingUidsBefore = await uids(request, '/calendar/sessions/hkic-biomap-signing-ceremony.ics');
	expect(summitUidsBefore.length).toBeGreaterThan(5);

	await signIn(page, admin());
	await page
		.getByRole('navigation', { name: 'Organizer area' })
		.getByRole('link', { name: 'Editions', exact: true })
		.click();
	await expect(page.getByRole('heading', { level: 1, name: 'Editions' })).toBeVisible();

	// A slug another edition has: refused, nothing written.
	await page.getByLabel('Name').fill(NEXT_NAME);
	await page.getByLabel('Web address part (slug)').fill('biocomputing-summit-2024');
	await page.getByRole('button', { name: 'Create the draft' }).click();
	await expect(page.getByText('Another edition already has this slug').first()).toBeVisible();
	await expect(page.getByRole('table').getByRole('row')).toHaveCount(2);

	// The form starts a year after the current edition: 24 June 2025.
	await expect(page.getByLabel('Starts (HKT)')).toHaveValue('2025-06-24T09:00');
	await page.getByLabel('Web address part (slug)').fill('biocomputing-summit-2025');
	await page.getByLabel('Copy the speakers (with their photos and links)').check();
	await page.getByRole('button', { name: 'Create the draft' }).click();
	await expect(page.getByRole('status')).toContainText(`${NEXT_NAME} was created as a draft`);
	await expect(page.getByRole('note')).toContainText(`You are editing ${NEXT_NAME}, a draft the public cannot see.`);
	await expect(page.getByRole('table').getByRole('row')).toHaveCount(3);
	await expectNoAxeViolations(page, '/admin/editions');

	// The organizer pages now work on the draft: its speakers were copied, it has no sessions yet.
	await page.goto(`${SITE}/admin/sessions`);
	await expect(page.getByRole('link', { name: SIGNING })).toHaveCount(0);
	await page.goto(`${SITE}/admin/speakers`);
	await expect(page.getByText('Clara Chan').first()).toBeVisible();

	// The public cannot see the draft, neither under its year nor through the preview.
	const guest = await browser.newContext();
	expect((await guest.request.get(`${SITE}/2025/agenda`, { maxRedirects: 0 })).status()).toBe(404);
	await page.goto(`${SITE}/admin/editions`);
	const previewPath = (await page.getByRole('link', { name: `Preview: ${NEXT_NAME}` }).getAttribute('href'))!;
	expect((await guest.request.get(`${SITE}${previewPath}/agenda`, { maxRedirects: 0 })).status()).toBe(404);

	// The organizer previews it: the public pages, with the draft's content.
	await page.getByRole('link', { name: `Preview: ${NEXT_NAME}` }).click();
	await expect(page.getByText('Preview of the 2025 edition, a draft: the public cannot see this page.')).toBeVisible();
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Speakers' }).click();
	await expect(page).toHaveURL(`${SITE}${previewPath}/speakers`);
	await expect(page.getByRole('link', { name: /Clara Chan/ }).first()).toBeVisible();

	// Publish.
	await page.goto(`${SITE}/admin/editions`);
	await page.getByRole('button', { name: `Publish as current: ${NEXT_NAME}` }).click();
	await expect(page.getByRole('status')).toContainText(`${NEXT_NAME} is now the current edition.`);

	// /agenda is 2025's now (no sessions yet); /2024/agenda still the 2024 programme, read-only.
	const visitor = await guest.newPage();
	await visitor.goto(`${SITE}/agenda`);
	await expect(visitor.locator('footer')).toContainText(NEXT_NAME);
	await expect(visitor.getByRole('link', { name: SIGNING })).toHaveCount(0);
	await visitor.goto(`${SITE}/2024/agenda`);
	await expect(visitor.getByRole('link', { name: SIGNING })).toBeVisible();
	await expect(visitor.getByText('You are looking at the 2024 edition')).toBeVisible();
	await expect(visitor.getByRole('link', { name: `Go to the current edition: ${NEXT_NAME}` })).toBeVisible();
	await expect(visitor.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Register' })).toHaveCount(
		0
	);
	await visitor.getByRole('link', { name: SIGNING }).click();
	await expect(visitor).toHaveURL(`${SITE}/2024/agenda/hkic-biomap-signing-ceremony`);
	await visitor.goto(`${SITE}/2024/register`);
	await expect(visitor.getByRole('status')).toHaveText('Registration for the 2024 edition is closed.');
	await expect(visitor.locator('form[method="post"]')).toHaveCount(0);

	// Its calendar files keep their UIDs, and the old unprefixed links still answer.
	expect(await uids(guest.request, '/2024/calendar/summit.ics')).toEqual(summitUidsBefore);
	expect(await uids(guest.request, '/calendar/sessions/hkic-biomap-signing-ceremony.ics')).toEqual(signingUidsBefore);
	expect(await uids(guest.request, '/calendar/summit.ics')).toEqual([]);
	const oldPage = await guest.request.get(`${SITE}/agenda/hkic-biomap-signing-ceremony`, { maxRedirects: 0 });
	expect([oldPage.status(), oldPage.headers().location]).toEqual([308, '/2024/agenda/hkic-biomap-signing-ceremony']);
	// The sitemap lists the past edition's pages under its year.
	expect(await (await guest.request.get(`${SITE}/sitemap.xml`)).text()).toContain(
		`${SITE}/2024/agenda/hkic-biomap-signing-ceremony</loc>`
	);

	for (const path of ['/2024', '/2024/agenda', '/2024/agenda/hkic-biomap-signing-ceremony', '/2024/register']) {
		await expectNoAxeViolations(visitor, path);
	}
	const java = findJava();
	if (java) {
		const documents = new Map<string, string>();
		for (const path of ['/2024', '/2024/agenda', '/2024/speakers', '/2024/register']) {
			documents.set(path, await (await guest.request.get(`${SITE}${path}`)).text());
		}
		documents.set('/admin/editions', await (await page.request.get(`${SITE}/admin/editions`)).text());
		const errors = (await checkHtml(java, documents)).filter((message) => message.type === 'error');
		expect(errors).toEqual([]);
	}
	await guest.close();
});
