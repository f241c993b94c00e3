import { expect, test } from '@playwright/test';
import { ADMIN_URL, organizer, signIn } from './admin-helpers';

const SLUG = 'hkic-biomap-signing-ceremony';
// Test text typed by the test's organizer (not a name of anyone), written so OpenCC changes it.
const TRADITIONAL = '測試標題：藥物研發與數據';
const SIMPLIFIED = '测试标题：药物研发与数据';

test('an organizer gives a session a 繁體中文 title; Chinese pages show it, 简体中文 converted, untranslated names in English', async ({
	page
}) => {
	test.setTimeout(120_000);
	await signIn(page, organizer('editor'));
	await page.goto(`${ADMIN_URL}/admin/sessions`);
	await page.getByRole('link', { name: 'HKIC x BioMap Strategic Partnership Agreement Signing Ceremony' }).click();
	const chineseTitle = page
		.getByRole('group', { name: 'Title', exact: true })
		.getByLabel('繁體中文 (optional)', { exact: true });
	await expect(chineseTitle).toHaveAttribute('lang', 'zh-Hant-HK');
	await chineseTitle.fill(TRADITIONAL);
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByRole('status')).toContainText('saved');
	await expect(chineseTitle).toHaveValue(TRADITIONAL);

	await page.goto(`${ADMIN_URL}/zh-hk/agenda/${SLUG}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(TRADITIONAL);
	await expect(page.getByRole('heading', { level: 1 })).not.toHaveAttribute('lang');
	// No organizer has written Clara Chan's name in Chinese: it shows as entered, marked as English.
	await expect(page.getByRole('link', { name: 'Clara Chan' })).toHaveAttribute('lang', 'en');

	await page.goto(`${ADMIN_URL}/zh-cn/agenda/${SLUG}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(SIMPLIFIED);

	// The English page keeps the English title; the Chinese one is found by the agenda's search in either script.
	await page.goto(`${ADMIN_URL}/agenda/${SLUG}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'HKIC x BioMap Strategic Partnership Agreement Signing Ceremony'
	);
	await page.goto(`${ADMIN_URL}/agenda?q=${encodeURIComponent('药物研发')}`);
	await expect(page.locator(`#session-${SLUG}`)).toBeVisible();
	await expect(page.locator('article.session')).toHaveCount(1);
});

test('a visitor whose search is too long is told so beside the search box', async ({ page }) => {
	await page.goto(`${ADMIN_URL}/agenda?q=${'x'.repeat(101)}&kind=keynote`);
	await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveAccessibleDescription(
		/Enter a search of 100 characters or fewer/
	);
	await expect(page.getByLabel('Type')).toHaveValue('keynote');
});
