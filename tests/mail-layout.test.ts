// The mail a person gets, opened as a mail client would: the confirmation the server wrote after a real
// registration, its HTML (with the inline QR image as a data: URL, as mailparser resolves cid: links) set
// into Chromium at a phone's width and a desktop's.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { mailOutbox } from '../playwright.config';
import { registrationBody } from '../scripts/bench/load';
import { fillRegistration, uniqueEmail } from './registration-helpers';

const SIGNING = 'HKIC x BioMap Strategic Partnership Agreement Signing Ceremony';
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The confirmation the site wrote for this address, parsed: cid: images become data: URLs. */
async function confirmationTo(address: string, subject = 'Your registration:'): Promise<ParsedMail> {
	const folder = mailOutbox('site');
	let found: ParsedMail | undefined;
	await expect
		.poll(
			async () => {
				for (const name of await readdir(folder).catch(() => [] as string[])) {
					const mail = await simpleParser(await readFile(join(folder, name)));
					if (JSON.stringify(mail.to ?? '').includes(address) && mail.subject?.startsWith(subject)) found = mail;
				}
				return found !== undefined;
			},
			{ timeout: 10_000 }
		)
		.toBe(true);
	return found!;
}

async function registerAndOpenMail(page: Page): Promise<{ html: string; reference: string }> {
	const email = uniqueEmail('mail-layout');
	await page.goto('/register');
	await fillRegistration(page, { name: 'Chan Siu Ming', email, sessions: [SIGNING] });
	await page.getByRole('button', { name: 'Register' }).click();
	await expect(page).toHaveURL(/\/my\/[a-z2-7]{32}\?welcome=1$/);
	const reference = (await page.locator('.reference').textContent())?.trim() ?? '';
	const mail = await confirmationTo(email);
	expect(mail.text).toContain(`Reference: ${reference}`);
	return { html: mail.html || '', reference };
}

async function contrastAndWcag(page: Page) {
	const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
	return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('the confirmation mail reads well on a phone: no sideways scrolling, a large button, the ticket, readable text', async ({
	page
}) => {
	const { html, reference } = await registerAndOpenMail(page);
	expect(html).toContain('<img src="data:image/png;base64,');

	const privatePage = page.url().replace('?welcome=1', '');
	await page.setViewportSize({ width: 375, height: 740 });
	await page.setContent(html);

	expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(375);
	const button = page.getByRole('link', { name: 'View or change your registration' });
	await expect(button).toBeVisible();
	await expect(button).toHaveAttribute('href', privatePage);
	const box = await button.boundingBox();
	expect(box?.height).toBeGreaterThanOrEqual(44);

	const qr = page.getByRole('img', { name: `QR code of your reference ${reference}, for check-in` });
	await expect(qr).toBeVisible();
	expect(await qr.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(360);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('International Bio-Computing Innovation Summit');
	await expect(page.getByText(reference, { exact: true })).toBeVisible();

	expect(await contrastAndWcag(page)).toEqual([]);
	// Clients that follow the reader's dark mode (Apple Mail) get the dark colours: as readable.
	await page.emulateMedia({ colorScheme: 'dark' });
	expect(await contrastAndWcag(page)).toEqual([]);
	expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgb(245, 247, 246)');
});

test('on a desktop the mail is a centred column of at most 600 pixels', async ({ page }) => {
	const { html } = await registerAndOpenMail(page);
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.setContent(html);
	const column = page.locator('.mail-card');
	const box = await column.boundingBox();
	expect(box?.width).toBeLessThanOrEqual(600);
	expect(box?.width).toBeGreaterThan(500);
	// Centred: as much room on the left as on the right, to the pixel.
	expect(Math.abs(box!.x - (1280 - (box!.x + box!.width)))).toBeLessThanOrEqual(1);
});

test('the confirmation in either Chinese script reads as well: its language named, no axe violations, on a phone', async ({
	page,
	request
}) => {
	const sessionId = await page
		.goto('/register')
		.then(() => page.getByRole('checkbox', { name: SIGNING }).getAttribute('value'));
	for (const [prefix, lang, subject] of [
		['/zh-hk', 'zh-Hant-HK', '你的報名：'],
		['/zh-cn', 'zh-Hans', '您的报名：']
	] as const) {
		const email = uniqueEmail(`mail-layout${prefix.replace('/', '-')}`);
		// Sent from the Chinese form, so the registration and its mail are in that language.
		const answer = await request.post(`${prefix}/register`, {
			data: registrationBody(email, [Number(sessionId)]),
			maxRedirects: 0,
			headers: {
				origin: new URL(page.url()).origin,
				accept: 'text/html',
				'content-type': 'application/x-www-form-urlencoded'
			}
		});
		expect(answer.status(), prefix).toBe(303);
		const mail = await confirmationTo(email, subject);
		await page.setViewportSize({ width: 375, height: 740 });
		await page.setContent(mail.html || '');
		expect(await page.locator('html').getAttribute('lang'), prefix).toBe(lang);
		expect(await page.evaluate(() => document.scrollingElement!.scrollWidth), prefix).toBeLessThanOrEqual(375);
		expect(await contrastAndWcag(page), prefix).toEqual([]);
	}
});
