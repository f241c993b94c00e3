import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { addRegistration, ADMIN_PAGES, ADMIN_URL, createInvitation, organizer, signIn } from './admin-helpers';
import { LANGUAGE_PREFIXES } from './language-prefixes';

async function expectNoViolations(page: Page, path: string) {
	const response = await page.goto(`${ADMIN_URL}${path}`);
	expect(response?.status(), path).toBeLessThan(400);
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
		.analyze();
	expect(
		results.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
	).toEqual([]);
}

test('axe finds no violations on the sign-in page', async ({ page }) => {
	await expectNoViolations(page, '/admin/login');
});

// One test per page: each gets its own time budget, and a failure names its page.
for (const path of [...ADMIN_PAGES, '/admin/check-in?q=axe']) {
	test(`axe finds no violations on ${path}`, async ({ page }) => {
		await signIn(page, organizer('admin'));
		await expectNoViolations(page, path);
	});
}

test('axe finds no violations on a registration, a form with errors and an invitation', async ({ page }) => {
	test.setTimeout(180_000);
	await signIn(page, organizer('admin'));

	// A registration, so its page has something to show.
	const stamp = Date.now();
	await addRegistration(page, { name: `Axe Person ${stamp}`, email: `axe-${stamp}@example.com`, organisation: 'HKU' });
	const registration = new URL(page.url()).pathname;
	for (const prefix of LANGUAGE_PREFIXES) await expectNoViolations(page, `${prefix}${registration}`);

	const invitation = await createInvitation(page, `invited-${stamp}@organizers.example`);

	// The form pages again, as they come back with errors, in each language.
	for (const prefix of LANGUAGE_PREFIXES) {
		await page.goto(`${ADMIN_URL}${prefix}/admin/sessions/new`);
		// Past the browser's own checks, to see the server's answer.
		await page.locator('form[action="?/create"]').evaluate((form: HTMLFormElement) => (form.noValidate = true));
		await page.locator('form[action="?/create"] button[type="submit"]').click();
		await expect(page.getByRole('alert')).toBeVisible();
		const results = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'])
			.analyze();
		expect(results.violations.map((v) => `${prefix} ${v.id}`)).toEqual([]);
	}

	const guest = await (await page.context().browser()!.newContext()).newPage();
	for (const prefix of LANGUAGE_PREFIXES) await expectNoViolations(guest, `${prefix}${new URL(invitation).pathname}`);
});
