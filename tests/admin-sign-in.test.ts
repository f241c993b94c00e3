import { expect, test } from '@playwright/test';
import { ADMIN_URL, organizer, PASSWORD, signIn } from './admin-helpers';

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('organizer signs in with a plain form and signs out', async ({ page }) => {
		const admin = organizer('admin');
		await page.goto(`${ADMIN_URL}/admin/speakers`);
		await expect(page).toHaveURL(`${ADMIN_URL}/admin/login?redirectTo=%2Fadmin%2Fspeakers`);

		await page.getByLabel('Email').fill(admin.email);
		await page.getByLabel('Password').fill('not the password at all');
		const [wrong] = await Promise.all([
			page.waitForResponse((r) => r.request().method() === 'POST'),
			page.getByRole('button', { name: 'Sign in' }).click()
		]);
		expect(wrong.status()).toBe(400);
		await expect(page.getByRole('alert')).toContainText('The email or password is not right.');
		await expect(page.getByLabel('Email')).toHaveValue(admin.email);

		await page.getByLabel('Password').fill(PASSWORD);
		await page.getByRole('button', { name: 'Sign in' }).click();
		await expect(page).toHaveURL(`${ADMIN_URL}/admin/speakers`);
		await expect(page.getByRole('heading', { level: 1, name: 'Speakers' })).toBeVisible();
		// One cookie per language of the organizer area, none for the public pages.
		const sessions = (await page.context().cookies()).filter((cookie) => cookie.name === 'auth-session');
		expect(sessions.map((cookie) => cookie.path).sort()).toEqual(['/admin', '/zh-cn/admin', '/zh-hk/admin']);
		for (const cookie of sessions) expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });

		// The organizer area in 繁體中文, signed in all the same; signing out there signs out everywhere.
		await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '繁體中文' }).click();
		await expect(page).toHaveURL(`${ADMIN_URL}/zh-hk/admin/speakers`);
		await expect(page.getByRole('heading', { level: 1, name: '講者' })).toBeVisible();
		await page.getByRole('navigation', { name: '語言' }).getByRole('link', { name: 'English' }).click();
		await expect(page).toHaveURL(`${ADMIN_URL}/admin/speakers`);

		await page.getByRole('button', { name: 'Sign out' }).click();
		await expect(page).toHaveURL(`${ADMIN_URL}/admin/login?signedOut`);
		await expect(page.getByRole('status')).toHaveText('You have signed out.');
		await page.goto(`${ADMIN_URL}/admin`);
		await expect(page).toHaveURL(/\/admin\/login\?redirectTo=%2Fadmin$/);
	});
});

test('a wrong email gets the same answer as a wrong password, and repeated failures from one address get 429', async ({
	request
}) => {
	const editor = organizer('editor', true);
	const attempt = (email: string, password: string) =>
		request.post(`${ADMIN_URL}/admin/login?/login`, {
			form: { email, password },
			headers: { accept: 'text/html', origin: ADMIN_URL },
			maxRedirects: 0
		});
	const unknown = await attempt(`nobody-${Date.now()}@organizers.example`, PASSWORD);
	const wrong = await attempt(editor.email, 'wrong password 1');
	expect([unknown.status(), wrong.status()]).toEqual([400, 400]);
	const message = (html: string) => /<div class="error-summary"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1];
	expect(message(await unknown.text())).toBe(message(await wrong.text()));

	for (let i = 2; i <= 5; i++) expect((await attempt(editor.email, `wrong password ${i}`)).status()).toBe(400);
	const refused = await attempt(editor.email, PASSWORD);
	expect(refused.status()).toBe(429);
	expect(Number(refused.headers()['retry-after'])).toBeGreaterThan(800);
});

test('door staff land on check-in and are refused the programme and the registrations', async ({ page }) => {
	await signIn(page, organizer('checkin'));
	await expect(page).toHaveURL(`${ADMIN_URL}/admin/check-in`);
	// The menu ends with who is signed in (their account page).
	await expect(page.getByRole('navigation', { name: 'Organizer area' }).getByRole('link')).toHaveText([
		'Check-in',
		/Check-in staff/
	]);
	for (const path of [
		'/admin',
		'/admin/speakers',
		'/admin/sessions/1',
		'/admin/registrations',
		'/admin/users',
		'/admin/audit'
	]) {
		const response = await page.goto(`${ADMIN_URL}${path}`);
		expect(response?.status(), path).toBe(403);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your role does not give access to this page.');
	}
	const csv = await page.request.get(`${ADMIN_URL}/admin/registrations/export.csv`, { maxRedirects: 0 });
	expect(csv.status()).toBe(403);
});
