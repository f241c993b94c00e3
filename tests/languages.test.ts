// The site in 繁體中文 and 简体中文: the switcher without JavaScript, hreflang alternates that point back to
// each other, and a registration in Traditional Chinese whose mail and calendar file are in Chinese.
import { expect, test } from '@playwright/test';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { mailOutbox } from '../playwright.config';
import { parseCalendar } from '../src/lib/server/testing/ical';
import { uniqueEmail } from './registration-helpers';

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the switcher keeps the page and its filters, and each language names itself', async ({ page }) => {
		await page.goto('/agenda?track=human-health');
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		const switcher = page.getByRole('navigation', { name: 'Language' });
		await switcher.getByRole('link', { name: '繁體中文' }).click();

		await expect(page).toHaveURL(/\/zh-hk\/agenda\?track=human-health$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant-HK');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('議程');
		await expect(
			page.getByRole('navigation', { name: '語言' }).getByRole('link', { name: '繁體中文' })
		).toHaveAttribute('aria-current', 'true');
		// Links within the page stay in the language.
		await expect(page.getByRole('link', { name: '報名' }).first()).toHaveAttribute('href', '/zh-hk/register');

		await page.getByRole('navigation', { name: '語言' }).getByRole('link', { name: '简体中文' }).click();
		await expect(page).toHaveURL(/\/zh-cn\/agenda\?track=human-health$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('议程');
		await expect(page.getByText('香港时间').first()).toBeVisible();

		await page.getByRole('navigation', { name: '语言' }).getByRole('link', { name: 'English' }).click();
		await expect(page).toHaveURL(/\/agenda\?track=human-health$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Agenda');
	});
});

test('hreflang alternates of each language version point back to each other', async ({ page }) => {
	const alternatesOf = async (path: string) => {
		await page.goto(path);
		return page
			.locator('link[rel="alternate"][hreflang]')
			.evaluateAll((links) => links.map((link) => `${link.getAttribute('hreflang')} ${link.getAttribute('href')}`));
	};
	for (const path of ['/speakers/clara-chan', '/agenda']) {
		const english = await alternatesOf(path);
		expect(english.map((line) => line.split(' ')[0])).toEqual(['en', 'zh-Hant-HK', 'zh-Hans', 'x-default']);
		for (const line of english) {
			const href = line.split(' ')[1]!;
			expect(href.startsWith('http')).toBe(true);
			// Each version lists the same set, itself included, and is the canonical page it claims to be.
			expect(await alternatesOf(new URL(href).pathname)).toEqual(english);
			await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', href);
		}
	}
});

test('the Chinese home page and dates read as Hong Kong writes them', async ({ page }) => {
	await page.goto('/zh-hk');
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant-HK');
	await expect(page.getByText('2024年6月24日（星期一）').first()).toBeVisible();
	// The summit has no published Chinese name: it shows in English, marked so.
	await expect(page.locator('.brand-name')).toHaveAttribute('lang', 'en');
});

/** The mails of one address in the site's outbox folder, parsed, attachments included. */
async function mailsOf(address: string): Promise<ParsedMail[]> {
	const folder = mailOutbox('site');
	let found: ParsedMail[] = [];
	await expect
		.poll(
			async () => {
				const names = await readdir(folder).catch(() => [] as string[]);
				const mails = await Promise.all(names.map(async (name) => simpleParser(await readFile(join(folder, name)))));
				found = mails.filter((mail) => JSON.stringify(mail.to ?? '').includes(address));
				return found.length;
			},
			{ timeout: 10_000 }
		)
		.toBeGreaterThanOrEqual(1);
	return found;
}

test('a registration in 繁體中文 gets its mail and calendar file in Chinese, and /my can change the language', async ({
	page
}) => {
	const email = uniqueEmail('zh-hk');
	await page.goto('/zh-hk/register');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('報名');
	await page.getByLabel('姓名', { exact: true }).fill('陳大文');
	await page.getByLabel('電郵', { exact: true }).fill(email);
	await page.getByLabel('機構', { exact: true }).fill('香港科學園');
	await page.getByLabel('職銜', { exact: true }).fill('研究主管');
	await page.getByLabel('出席身份', { exact: true }).selectOption({ index: 1 });
	await page.getByLabel('國家或地區', { exact: true }).selectOption('HK');
	await page.locator('input[name="sessionIds"]').first().check();
	await page.getByRole('checkbox', { name: /我已閱讀私隱聲明/ }).check();
	await page.getByRole('button', { name: '提交報名' }).click();
	await expect(page).toHaveURL(/\/zh-hk\/my\/[a-z2-7]{32}/);

	const [mail] = await mailsOf(email);
	expect(mail!.subject).toMatch(/[\u4e00-\u9fff]/);
	expect(mail!.text).toContain('陳大文');
	expect(mail!.text).toContain('香港時間');
	expect(mail!.text).toMatch(/\/zh-hk\/my\/[a-z2-7]{32}/);
	const ics = mail!.attachments.find((attachment) => attachment.contentType.startsWith('text/calendar'));
	expect(ics, 'the confirmation carries the summit as a calendar file').toBeTruthy();
	const text = ics!.content.toString('utf8');
	// Folded at 75 octets, never inside a character: every line is valid UTF-8 on its own.
	for (const line of text.split('\r\n')) {
		expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
		expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line);
	}
	const calendar = parseCalendar(text);
	expect(calendar.events.length).toBeGreaterThan(0);
	expect(calendar.events[0]!.description).toContain('香港時間');

	// /my, in the person's language; they switch their mails and calendar to Simplified Chinese.
	await expect(page.getByRole('heading', { name: '語言', level: 2 })).toBeVisible();
	await expect(page.getByRole('radio', { name: '繁體中文' })).toBeChecked();
	await page.getByRole('radio', { name: '简体中文' }).check();
	await page.getByRole('button', { name: '儲存語言' }).click();
	await expect(page).toHaveURL(/\/zh-cn\/my\/[a-z2-7]{32}\?language=saved/);
	await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
	await expect(page.getByRole('radio', { name: '简体中文' })).toBeChecked();
});
