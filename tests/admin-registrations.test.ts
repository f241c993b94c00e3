import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { addRegistration, ADMIN_URL, organizer, signIn } from './admin-helpers';

test('organizer exports registrations as CSV for Excel and reads it back', async ({ page }) => {
	await signIn(page, organizer('admin'));
	const stamp = Date.now();
	const reference = await addRegistration(page, {
		name: `陳大文 ${stamp}`,
		email: `chan-${stamp}@example.com`,
		organisation: '=HYPERLINK("http://evil.example","x")'
	});

	await page.goto(`${ADMIN_URL}/admin/registrations?q=${stamp}`);
	await expect(page.getByRole('table').getByRole('row')).toHaveCount(2);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: 'Export CSV' }).click()
	]);
	expect(download.suggestedFilename()).toMatch(/^registrations-.*\.csv$/);
	const bytes = await readFile((await download.path())!);
	expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const lines = bytes.toString('utf8').slice(1).split('\r\n');
	expect(lines[0]).toBe(
		'"Reference","Status","Full name","Email","Organisation","Job title","Category","Country or region","Needs","News opt-in","Sessions","Registered (HKT)","Checked in (HKT)"'
	);
	expect(lines).toHaveLength(3);
	expect(lines[1]).toContain(
		`"${reference}","Confirmed","陳大文 ${stamp}","chan-${stamp}@example.com","'=HYPERLINK(""http://evil.example"",""x"")"`
	);
	expect(lines[2]).toBe('');

	await page.goto(`${ADMIN_URL}/admin/audit?type=registration`);
	await expect(page.getByRole('table')).toContainText('registration.export');
});

test('door staff check someone in by reference and by name; twice is harmless', async ({ browser }) => {
	const adminPage = await (await browser.newContext()).newPage();
	await signIn(adminPage, organizer('admin'));
	const stamp = Date.now();
	const first = await addRegistration(adminPage, {
		name: `Door Test ${stamp}`,
		email: `door-${stamp}@example.com`,
		organisation: 'HKUST'
	});
	await addRegistration(adminPage, {
		name: `Zoë Name Search ${stamp}`,
		email: `zoe-${stamp}@example.com`,
		organisation: 'HKU'
	});

	const page = await (await browser.newContext()).newPage();
	await signIn(page, organizer('checkin'));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check-in');

	await page.getByLabel('Reference', { exact: true }).fill(first.toLowerCase());
	await page.getByRole('button', { name: 'Check in', exact: true }).click();
	await expect(page.locator('.result')).toHaveText(`Door Test ${stamp} is checked in.`);
	await expect(page.getByLabel('Reference', { exact: true })).toHaveValue('');

	await page.getByLabel('Reference', { exact: true }).fill(first);
	await page.getByRole('button', { name: 'Check in', exact: true }).click();
	await expect(page.locator('.result')).toHaveText(
		new RegExp(`^Door Test ${stamp} was already checked in at \\d\\d:\\d\\d HKT\\.$`)
	);

	await page.getByLabel('Reference', { exact: true }).fill('BCS-0000-0000');
	await page.getByRole('button', { name: 'Check in', exact: true }).click();
	await expect(page.getByRole('alert')).toHaveText(/No registration has this reference/);

	await page.getByLabel('Name, email or organisation').fill(`zoe name search ${stamp}`);
	await page.getByRole('button', { name: 'Find' }).click();
	await expect(page.getByText('1 match')).toBeVisible();
	await page.getByRole('button', { name: `Check in: Zoë Name Search ${stamp}` }).click();
	await expect(page.locator('.result')).toHaveText(`Zoë Name Search ${stamp} is checked in.`);
});
