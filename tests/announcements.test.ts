// An admin writes to one session's attendees: the preview counts them, Send queues one mail each, the
// announcement's page counts them as sent, and the server's outbox holds a mail for exactly them.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { ANNOUNCEMENTS_SITE_PORT, announcementsDatabaseUrl, mailOutbox } from '../playwright.config';
import { fillRegistration, uniqueEmail } from './registration-helpers';

const URL_BASE = `http://127.0.0.1:${ANNOUNCEMENTS_SITE_PORT}`;
const PASSWORD = 'a long organizer passphrase';
const FIRESIDE = 'Fireside chat: Bio-computing for green technology';
const SIGNING = 'HKIC x BioMap Strategic Partnership Agreement Signing Ceremony';

async function registerOn(page: Page, name: string, sessions: string[]) {
	const email = uniqueEmail(name.toLowerCase().replace(/\W+/g, '-'));
	await page.goto(`${URL_BASE}/register`);
	await fillRegistration(page, { name, email, sessions });
	await page.getByRole('button', { name: 'Register' }).click();
	await expect(page).toHaveURL(/\/my\/[a-z2-7]{32}/);
	return email;
}

/** Recipients of the .eml files the server wrote with this subject. */
async function recipientsOf(subject: string): Promise<string[]> {
	const folder = mailOutbox('announcements');
	const names = await readdir(folder).catch(() => [] as string[]);
	const mails = await Promise.all(names.map(async (name) => simpleParser(await readFile(join(folder, name)))));
	return mails
		.filter((mail) => mail.subject === subject)
		.flatMap((mail) => [mail.to].flat().flatMap((to) => to?.value.map((value) => value.address ?? '') ?? []))
		.sort();
}

async function expectNoViolations(page: Page, label: string) {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
		.analyze();
	expect(
		results.violations.map((v) => `${label} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
	).toEqual([]);
}

test('an admin announces to one session’s attendees, and exactly they get the mail', async ({ page }) => {
	test.setTimeout(120_000);
	const stamp = Date.now();
	const first = await registerOn(page, `Fireside One ${stamp}`, [FIRESIDE]);
	const second = await registerOn(page, `Fireside Two ${stamp}`, [FIRESIDE, SIGNING]);
	await registerOn(page, `Signing Only ${stamp}`, [SIGNING]);

	const admin = { email: `announcer-${stamp}@organizers.example`, name: 'Announcing Admin' };
	execFileSync(
		'npx',
		['tsx', 'scripts/admin-create.ts', '--email', admin.email, '--name', admin.name, '--role', 'admin'],
		{ env: { ...process.env, DATABASE_URL: announcementsDatabaseUrl, ADMIN_PASSWORD: PASSWORD }, stdio: 'pipe' }
	);
	await page.goto(`${URL_BASE}/admin/login`);
	await page.getByLabel('Email').fill(admin.email);
	await page.getByLabel('Password').fill(PASSWORD);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page.getByRole('navigation', { name: 'Organizer area' })).toBeVisible();

	await page.getByRole('navigation', { name: 'Organizer area' }).getByRole('link', { name: 'Announcements' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Announcements' })).toBeVisible();
	await page.getByRole('link', { name: 'Write an announcement' }).click();

	// Without a session chosen, the form says so and keeps what was typed.
	const subject = `Fireside chat moves to Hall B ${stamp}`;
	await page.getByLabel('Subject').fill(subject);
	await page
		.getByLabel('Message')
		.fill('The fireside chat is now in **Hall B**.\n\nSee the [agenda](https://example.org/agenda).');
	await page.getByRole('radio', { name: 'One session’s attendees' }).check();
	await page.getByRole('button', { name: 'Preview' }).click();
	await expect(page.getByText('Choose the session').first()).toBeVisible();
	await expect(page.getByLabel('Subject')).toHaveValue(subject);

	const session = page.getByRole('combobox', { name: 'Session (optional)' });
	const option = await session.locator('option', { hasText: FIRESIDE }).getAttribute('value');
	await session.selectOption(option!);
	await page.getByRole('button', { name: 'Preview' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'will receive it' })).toHaveText('2 people will receive it.');
	const preview = page.getByRole('article', { name: 'Preview' });
	await expect(preview).toContainText('The fireside chat is now in Hall B.');
	await expect(preview.getByRole('link', { name: 'https://example.org/agenda' })).toBeVisible();
	await expectNoViolations(page, 'preview');

	await page.getByRole('button', { name: 'Send to 2 people' }).click();
	await expect(page).toHaveURL(/\/admin\/announcements\/\d+\?sent$/);
	await expect(page.getByRole('heading', { level: 1, name: subject })).toBeVisible();
	await expect(page.getByRole('status')).toHaveText('Announcement queued for 2 people.');
	const announcementPath = new URL(page.url()).pathname;

	// The drainer sends them within a few seconds; the page counts them.
	await expect(async () => {
		await page.goto(`${URL_BASE}${announcementPath}`);
		const mails = page.getByRole('region', { name: 'Mails' });
		await expect(mails.getByRole('definition').nth(1)).toHaveText('2', { timeout: 1_000 });
		await expect(mails.getByRole('definition').nth(0)).toHaveText('0');
	}).toPass({ timeout: 20_000 });
	await expectNoViolations(page, 'announcement');

	await expect.poll(() => recipientsOf(subject), { timeout: 10_000 }).toEqual([first, second].sort());

	await page.goto(`${URL_BASE}/admin/announcements`);
	const row = page.getByRole('row').filter({ hasText: subject });
	await expect(row).toContainText(`One session’s attendees: ${FIRESIDE}`);
	await expect(row).toContainText('Announcing Admin');
});
