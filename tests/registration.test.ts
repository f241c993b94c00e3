import { expect, test } from '@playwright/test';
import QRCode from 'qrcode';
import { fillRegistration, mailsTo, privateLinkIn, uniqueEmail } from './registration-helpers';
import { LIVE_SITE_URL, SITE_URL } from '../playwright.config';
import { CHINESE_PREFIXES } from './language-prefixes';

const SIGNING = 'HKIC x BioMap Strategic Partnership Agreement Signing Ceremony';
const FIRESIDE = 'Fireside chat: Bio-computing for green technology';

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('attendee registers, gets a confirmation page with a QR code, and the mail with the private link', async ({
		page
	}) => {
		const email = uniqueEmail('nojs');
		await page.goto('/register');
		await fillRegistration(page, { name: 'Chan Tai Man 陳大文', email, sessions: [SIGNING, FIRESIDE] });
		await page.getByRole('button', { name: 'Register' }).click();

		await expect(page).toHaveURL(/\/my\/[a-z2-7]{32}\?welcome=1$/);
		await expect(page.getByRole('heading', { level: 2, name: 'Confirmed' })).toBeVisible();
		const reference = (await page.locator('.reference').textContent())?.trim() ?? '';
		expect(reference).toMatch(/^BCS-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
		const code = page.getByRole('img', { name: `QR code of your reference ${reference}, for check-in` });
		await expect(code).toBeVisible();
		// The built server makes it on a thread of its own (ticket-qr.ts): the library's code for the reference.
		const drawn = await QRCode.toString(reference, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
		const shapes = [...drawn.matchAll(/ d="([^"]+)"/g)].map(([, d]) => d);
		expect(shapes.length).toBeGreaterThan(1);
		expect(await code.locator('path').evaluateAll((paths) => paths.map((p) => p.getAttribute('d')))).toEqual(shapes);
		await expect(page.getByText('Chan Tai Man 陳大文')).toBeVisible();
		// Never indexed, so no hreflang alternates (each a per-person address); the switcher still offers them.
		await expect(page.locator('link[rel="alternate"][hreflang]')).toHaveCount(0);
		await expect(page.getByRole('navigation', { name: 'Language' }).getByRole('link')).not.toHaveCount(0);
		// Never compressed, in any language: its secrets sit beside text a visitor chose (BREACH).
		const own = new URL(page.url()).pathname;
		for (const prefix of ['', '/zh-hk', '/zh-cn']) {
			const response = await page.request.get(`${prefix}${own}`, { headers: { 'accept-encoding': 'br, gzip' } });
			expect(response.status(), prefix).toBe(200);
			expect(response.headers()['content-encoding'], prefix).toBeUndefined();
		}
		const sessions = page.getByRole('region', { name: 'Your sessions' });
		await expect(sessions.getByRole('link')).toHaveText([SIGNING, FIRESIDE]);

		const [mail] = await mailsTo(email);
		expect(mail?.subject).toBe('Your registration: International Bio-Computing Innovation Summit');
		expect(mail?.text).toContain(`Reference: ${reference}`);
		expect(mail?.text).toContain(`10:00–10:30 HKT: ${SIGNING} (Confirmed)`);
		expect(privateLinkIn(mail?.text ?? '')).toBe(page.url().replace('?welcome=1', ''));
	});

	test('bad input comes back with 400, messages next to the fields and the values kept', async ({ page }) => {
		await page.goto('/register');
		await page.getByLabel('Full name').fill('  <b>Ada</b>  ');
		await page.getByLabel('Email').fill('not-an-email');
		const response = page.waitForResponse((r) => r.url().endsWith('/register') && r.request().method() === 'POST');
		await page.getByRole('button', { name: 'Register' }).click();
		expect((await response).status()).toBe(400);

		await expect(page.getByRole('alert')).toContainText('There is a problem');
		await expect(page.getByLabel('Full name')).toHaveValue('  <b>Ada</b>  ');
		await expect(page.getByLabel('Email')).toHaveValue('not-an-email');
		await expect(page.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
		await expect(page.locator('#field-email-error')).toHaveText(
			'Enter an email address in the correct format, like name@example.com'
		);
		await expect(page.locator('#field-organisation-error')).toHaveText('Enter your organisation');
		await expect(page.locator('#field-consent-error')).toHaveText('Agree to the privacy notice to register');
	});

	test('the error summary names each missing field, as GOV.UK does, and links to it', async ({ page }) => {
		await page.goto('/register');
		await page.getByLabel('Country or region').selectOption({ label: 'Select…' });
		await page.getByRole('button', { name: 'Register' }).click();
		const summary = page.getByRole('alert');
		await expect(summary.getByRole('link')).toHaveText([
			'Enter your full name',
			'Enter your email address',
			'Enter your organisation',
			'Enter your job title',
			'Select how you attend',
			'Select your country or region',
			'Agree to the privacy notice to register'
		]);
		await summary.getByRole('link', { name: 'Enter your job title' }).click();
		await expect(page.getByLabel('Job title')).toBeFocused();
	});

	test('registering again with the same email mails a new link and reveals nothing on the page', async ({ page }) => {
		const email = uniqueEmail('again');
		await page.goto('/register');
		await fillRegistration(page, { name: 'First Time', email });
		await page.getByRole('button', { name: 'Register' }).click();
		await expect(page).toHaveURL(/\/my\//);
		const firstLink = page.url().replace('?welcome=1', '');

		await page.goto('/register');
		await fillRegistration(page, { name: 'Second Time', email: `  ${email.toUpperCase()} ` });
		await page.getByRole('button', { name: 'Register' }).click();
		await expect(page).toHaveURL(/\/register\/check-email$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your email');
		await expect(page.getByText('First Time')).toHaveCount(0);

		const mails = await mailsTo(email, 2);
		const resent = mails.find((mail) => mail.subject.startsWith('Your registration link'));
		const newLink = privateLinkIn(resent?.text ?? '');
		expect(newLink).not.toBe(firstLink);
		for (const link of [firstLink, newLink]) {
			await page.goto(link);
			await expect(page.getByText('First Time')).toBeVisible();
		}
	});

	test('attendee changes sessions and cancels from the private link', async ({ page }) => {
		await page.goto('/register');
		await fillRegistration(page, { name: 'Changes Mind', email: uniqueEmail('change'), sessions: [SIGNING] });
		await page.getByRole('button', { name: 'Register' }).click();
		await expect(page).toHaveURL(/\/my\//);

		await page.getByText('Change your sessions').click();
		await page.getByRole('checkbox', { name: new RegExp(SIGNING) }).uncheck();
		await page.getByRole('checkbox', { name: new RegExp(FIRESIDE) }).check();
		await page.getByRole('button', { name: 'Save sessions' }).click();
		// Post, redirect, get: a reload shows the page, it does not send the form again.
		await expect(page).toHaveURL(/\/my\/[a-z2-7]{32}\?sessions=saved#sessions-title$/);
		await expect(page.getByText('Your sessions are saved.')).toBeVisible();
		await expect(page.getByRole('region', { name: 'Your sessions' }).getByRole('link')).toHaveText([FIRESIDE]);

		await page.getByRole('button', { name: 'Cancel registration' }).click();
		await expect(page.getByRole('alert')).toHaveText('Tick “Yes, cancel my registration” to cancel it');
		await page.getByLabel('Yes, cancel my registration').check();
		await page.getByRole('button', { name: 'Cancel registration' }).click();
		await expect(page).toHaveURL(/\?registration=cancelled$/);
		await expect(page.getByRole('heading', { level: 2, name: 'Cancelled' })).toBeVisible();
		await expect(page.getByRole('status')).toHaveText('Your registration is cancelled. We are sorry you cannot come.');
		await expect(page.getByRole('button', { name: 'Cancel registration' })).toHaveCount(0);
	});

	test('attendee downloads and then erases their data', async ({ page }) => {
		const email = uniqueEmail('erase');
		await page.goto('/register');
		await fillRegistration(page, { name: 'Data Owner', email });
		await page.getByRole('button', { name: 'Register' }).click();
		await expect(page).toHaveURL(/\/my\//);
		const link = page.url().replace('?welcome=1', '');

		const download = page.waitForEvent('download');
		await page.getByRole('link', { name: 'Download my data (JSON)' }).click();
		const file = await (await download).path();
		const data = JSON.parse(await import('node:fs/promises').then((fs) => fs.readFile(file, 'utf8')));
		expect(data).toMatchObject({
			fullName: 'Data Owner',
			email,
			status: 'confirmed',
			event: { name: 'International Bio-Computing Innovation Summit' }
		});

		await page.getByLabel('Yes, erase my data').check();
		await page.getByRole('button', { name: 'Erase my data' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your data is erased');
		expect((await page.goto(link))?.status()).toBe(404);
	});
});

test.describe('with JavaScript', () => {
	test('after a refused submission the error summary has focus, and the corrected form registers', async ({ page }) => {
		await page.goto('/register');
		await page.getByLabel('Full name').fill('Enhanced Person');
		await page.getByRole('button', { name: 'Register' }).click();
		const summary = page.getByRole('alert');
		await expect(summary).toBeFocused();
		await expect(page.getByLabel('Full name')).toHaveValue('Enhanced Person');

		await fillRegistration(page, { name: 'Enhanced Person', email: uniqueEmail('js'), sessions: [FIRESIDE] });
		await page.getByRole('button', { name: 'Register' }).click();
		await expect(page).toHaveURL(/\/my\/[a-z2-7]{32}\?welcome=1$/);
		await expect(page.getByRole('heading', { level: 2, name: 'Confirmed' })).toBeVisible();
		await expect(page.getByRole('region', { name: 'Your sessions' }).getByRole('link')).toHaveText([FIRESIDE]);
	});
});

test('hostile input is refused or stored inert, never a 500', async ({ request }) => {
	const post = (form: Record<string, string>) =>
		request.post('/register', { form, headers: { origin: SITE_URL, accept: 'text/html' }, maxRedirects: 0 });
	const base = {
		fullName: 'X',
		email: uniqueEmail('hostile'),
		organisation: 'O',
		jobTitle: 'J',
		category: 'other',
		country: 'HK',
		consent: 'on'
	};
	expect((await post({ ...base, fullName: 'a\u0000b' })).status()).toBe(400);
	expect((await post({ ...base, sessionIds: '999999' })).status()).toBe(400);
	expect((await post({ ...base, category: '<script>' })).status()).toBe(400);
	expect((await post({ ...base, needs: 'x'.repeat(200_000) })).status()).toBe(413);
	const markup = await post({ ...base, fullName: '<img src=x onerror=alert(1)>', unknownField: 'ignored' });
	expect(markup.status()).toBe(303);
	const page = await request.get(markup.headers().location!);
	expect(await page.text()).toContain('&lt;img src=x onerror=alert(1)>');
});

test('a private link that does not exist is a 404', async ({ page }) => {
	expect((await page.goto('/my/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'))?.status()).toBe(404);
	expect((await page.goto('/my/not-a-token'))?.status()).toBe(404);
});

test('a bot filling the hidden field is answered like a repeat and nothing is stored', async ({ request }) => {
	const email = uniqueEmail('bot');
	const response = await request.post('/register', {
		form: {
			fullName: 'Bot',
			email,
			organisation: 'O',
			jobTitle: 'J',
			category: 'other',
			country: 'HK',
			consent: 'on',
			website: 'http://spam.example'
		},
		headers: { origin: SITE_URL, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(response.status()).toBe(303);
	expect(response.headers().location).toBe('/register/check-email');
});

test.describe('rate limit', () => {
	test.use({ baseURL: LIVE_SITE_URL, javaScriptEnabled: false });

	test('too many posts from one address get a friendly 429', async ({ page }) => {
		// The live server allows 3 registration posts a minute per address.
		const statuses: number[] = [];
		page.on('response', (response) => {
			if (response.request().method() === 'POST') statuses.push(response.status());
		});
		for (let attempt = 0; attempt < 4; attempt++) {
			await page.goto('/register');
			await page.getByRole('button', { name: 'Register' }).click();
			await expect(page.getByRole('alert')).toBeVisible();
		}
		expect(statuses).toEqual([400, 400, 400, 429]);
		await expect(page.getByRole('alert')).toContainText(
			'Too many attempts from your network. Please wait a minute and try again.'
		);
	});
});

test('axe finds no violations on the registration pages', async ({ page }) => {
	// Ten scans of a few seconds each on a busy machine.
	test.setTimeout(180_000);
	const { default: AxeBuilder } = await import('@axe-core/playwright');
	const scan = async () => {
		const results = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
			.analyze();
		return results.violations.map((v) => `${page.url()} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
	};
	const violations: string[] = [];
	await page.goto('/privacy');
	violations.push(...(await scan()));
	await page.goto('/register/check-email');
	violations.push(...(await scan()));
	await page.goto('/register');
	violations.push(...(await scan()));
	await page.getByRole('button', { name: 'Register' }).click();
	await expect(page.getByRole('alert')).toBeVisible();
	violations.push(...(await scan()));
	await fillRegistration(page, { name: 'Axe Person', email: uniqueEmail('axe'), sessions: [SIGNING] });
	await page.getByRole('button', { name: 'Register' }).click();
	await expect(page).toHaveURL(/\/my\//);
	violations.push(...(await scan()));
	await page.getByText('Change your sessions').click();
	violations.push(...(await scan()));
	// The same private page, and the form sent empty, in both Chinese scripts.
	const privatePage = new URL(page.url()).pathname;
	for (const prefix of CHINESE_PREFIXES) {
		await page.goto(`${prefix}${privatePage}`);
		violations.push(...(await scan()));
		await page.goto(`${prefix}/register`);
		await page.locator('form[method="post"] button[type="submit"]').click();
		await expect(page.getByRole('alert')).toBeVisible();
		violations.push(...(await scan()));
	}
	expect(violations).toEqual([]);
});
