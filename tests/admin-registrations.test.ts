import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { addRegistration, ADMIN_URL, gotoHydrated, organizer, signIn } from './admin-helpers';

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
	await expect(page.getByRole('table')).toContainText('Downloaded the registrations as a spreadsheet: 1 in all.');
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
	await expect(page.locator('.result > p')).toHaveText(`Door Test ${stamp} is checked in.`);
	await expect(page.getByLabel('Reference', { exact: true })).toHaveValue('');

	await page.getByLabel('Reference', { exact: true }).fill(first);
	await page.getByRole('button', { name: 'Check in', exact: true }).click();
	await expect(page.locator('.result > p')).toHaveText(
		new RegExp(`^Door Test ${stamp} was already checked in at \\d\\d:\\d\\d HKT\\.$`)
	);

	await page.getByLabel('Reference', { exact: true }).fill('BCS-0000-0000');
	await page.getByRole('button', { name: 'Check in', exact: true }).click();
	await expect(page.getByRole('alert')).toHaveText(/No registration has this reference/);

	await page.getByLabel('Name, email or organisation').fill(`zoe name search ${stamp}`);
	await page.getByRole('button', { name: 'Find' }).click();
	await expect(page.getByText('1 match')).toBeVisible();
	await page.getByRole('button', { name: `Check in: Zoë Name Search ${stamp}` }).click();
	await expect(page.locator('.result > p')).toHaveText(`Zoë Name Search ${stamp} is checked in.`);
});

test('door staff see who they check in, with their needs, and can undo a mistaken check-in', async ({ browser }) => {
	// Two organizers sign in (argon2 at each) and the audit log is read at the end.
	test.slow();
	const adminPage = await (await browser.newContext()).newPage();
	await signIn(adminPage, organizer('admin'));
	const stamp = Date.now();
	await gotoHydrated(adminPage, `${ADMIN_URL}/admin/registrations/new`);
	await adminPage.getByLabel('Full name').fill(`Undo Test ${stamp}`);
	await adminPage.getByLabel('Email').fill(`undo-${stamp}@example.com`);
	await adminPage.getByLabel('Organisation').fill('Hong Kong Science Park');
	await adminPage.getByLabel('Job title').fill('Research lead');
	await adminPage.getByLabel('You attend as').selectOption({ label: 'Academia' });
	await adminPage.getByLabel(/Accessibility or dietary needs/).fill('Vegetarian; wheelchair user');
	await adminPage.getByRole('checkbox', { name: 'The attendee has agreed to the privacy notice.' }).check();
	await adminPage.getByRole('button', { name: 'Add a registration' }).click();
	await expect(adminPage.getByRole('status')).toContainText('Registered: BCS-');
	const reference = (await adminPage.locator('dd code').first().textContent())!.trim();

	const page = await (await browser.newContext()).newPage();
	await signIn(page, organizer('checkin'));
	// Typed as people misread it: O for 0, I or L for 1, no dashes.
	const misread = reference.slice(4).replace('-', ' ').replace(/0/g, 'O').replace(/1/g, 'l');
	await page.getByLabel('Reference', { exact: true }).fill(misread);
	await page.getByRole('button', { name: 'Check in', exact: true }).click();
	const result = page.locator('.result');
	await expect(result.locator('p').first()).toHaveText(`Undo Test ${stamp} is checked in.`);
	await expect(result.locator('dl')).toContainText('Research lead');
	await expect(result.locator('dl')).toContainText('Hong Kong Science Park');
	await expect(result.locator('dl')).toContainText('Vegetarian; wheelchair user');

	const [undo] = await Promise.all([
		page.waitForResponse((response) => response.request().method() === 'POST'),
		page.getByRole('button', { name: 'Undo this check-in' }).click()
	]);
	expect(undo.status()).toBe(200);
	await expect(result.locator('p')).toHaveText(`Undo Test ${stamp}’s check-in is undone.`);
	await page.getByLabel('Name, email or organisation').fill(`undo test ${stamp}`);
	await page.getByRole('button', { name: 'Find' }).click();
	await expect(page.getByRole('button', { name: `Check in: Undo Test ${stamp}` })).toBeVisible();

	// The audit log says both, in words.
	await adminPage.goto(`${ADMIN_URL}/admin/audit?type=registration`);
	await expect(
		adminPage.getByRole('cell', { name: `Undid the check-in of Undo Test ${stamp} (${reference}).` })
	).toBeVisible();
	await expect(adminPage.getByRole('cell', { name: `Checked in Undo Test ${stamp} (${reference}).` })).toBeVisible();
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('door staff find the reference field on the first screen, under the organizer area’s own header', async ({
		page
	}) => {
		await signIn(page, organizer('checkin'));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check-in');
		// The public site's header and menu are not drawn here.
		await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
		const header = (await page.locator('header').boundingBox())!;
		const field = (await page.getByLabel('Reference', { exact: true }).boundingBox())!;
		console.log(
			`390×844, door staff: organizer header ${Math.round(header.height)} px, reference field top ${Math.round(field.y)} px`
		);
		expect(header.height).toBeLessThan(110);
		expect(field.y + field.height).toBeLessThanOrEqual(844);
	});

	test('an admin’s longer menu wraps within the width and keeps the check-in field on the first screen', async ({
		page
	}) => {
		await signIn(page, organizer('admin'));
		await page.goto(`${ADMIN_URL}/admin/check-in`);
		const header = (await page.locator('header').boundingBox())!;
		const field = (await page.getByLabel('Reference', { exact: true }).boundingBox())!;
		console.log(
			`390×844, admin: organizer header ${Math.round(header.height)} px, reference field top ${Math.round(field.y)} px`
		);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		expect(field.y + field.height).toBeLessThanOrEqual(844);
	});
});
