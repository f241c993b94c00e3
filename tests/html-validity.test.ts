// Every page type, public and organizer, as the server sends it, through the Nu Html Checker in one run.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { addRegistration, ADMIN_PAGES, ADMIN_URL, createInvitation, organizer, signIn } from './admin-helpers';
import { checkHtml, findJava, type CheckerMessage } from './html-checker';
import { fillRegistration, uniqueEmail } from './registration-helpers';
import { SITE_URL } from '../playwright.config';
import { CHINESE_PREFIXES, inLanguage, LANGUAGE_PREFIXES } from './language-prefixes';

const java = findJava();
const noJava =
	'no Java on this machine: the Nu Html Checker needs it (apt-get install default-jre-headless, or set JAVA_HOME)';
if (!java) console.log(`Skipping the Nu Html Checker test: ${noJava}.`);
// As the PostgreSQL tests without POSTGRES_URL: skipped, saying why, rather than failing on a machine without Java.
test.skip(!java, noJava);

/** The HTML as the server sent it (not the browser's DOM), with the page's cookies. */
async function html(request: APIRequestContext, url: string, expectedStatus = 200): Promise<string> {
	const response = await request.get(url, { maxRedirects: 0 });
	expect(response.status(), url).toBe(expectedStatus);
	expect(response.headers()['content-type'], url).toContain('text/html');
	return response.text();
}

/** A form sent as a browser would, past its own checks, to get the server's answer with errors. */
async function postedForm(
	request: APIRequestContext,
	url: string,
	form: Record<string, string>,
	status = 400
): Promise<string> {
	const response = await request.post(url, {
		form,
		maxRedirects: 0,
		headers: { origin: new URL(url).origin, accept: 'text/html' }
	});
	expect(response.status(), url).toBe(status);
	return response.text();
}

async function publicPages(page: Page): Promise<Map<string, string>> {
	const { request } = page;
	const pages = new Map<string, string>();
	for (const path of [
		'/',
		'/agenda',
		'/agenda?track=human-health&q=keynote',
		'/agenda/hkic-biomap-signing-ceremony',
		'/agenda/changes',
		'/speakers',
		'/speakers/paul-chan-mo-po',
		'/speakers/sanofi-representative',
		'/register',
		'/privacy',
		'/ticket',
		'/my-agenda',
		'/my-agenda?sessions=3,10',
		'/register/check-email',
		'/my/erased'
	]) {
		// Every page in each language (繁體中文 and 简体中文 under their prefix).
		for (const prefix of LANGUAGE_PREFIXES) {
			const localized = inLanguage(prefix, path);
			pages.set(localized, await html(request, `${SITE_URL}${localized}`));
		}
	}
	pages.set('/nothing-here (404)', await html(request, `${SITE_URL}/nothing-here`, 404));
	pages.set('/my/<unknown token> (404)', await html(request, `${SITE_URL}/my/${'a'.repeat(32)}`, 404));
	for (const prefix of LANGUAGE_PREFIXES)
		pages.set(
			`${prefix}/register with errors (400)`,
			await postedForm(request, `${SITE_URL}${prefix}/register`, { fullName: '', email: 'not-an-email' })
		);

	// A fresh registration's private page, reached the way the attendee reaches it.
	await page.goto(`${SITE_URL}/register`);
	await fillRegistration(page, {
		name: 'Nu Checker',
		email: uniqueEmail('vnu'),
		sessions: ['HKIC x BioMap Strategic Partnership Agreement Signing Ceremony']
	});
	await page.getByRole('button', { name: 'Register' }).click();
	await expect(page).toHaveURL(/\/my\/[a-z2-7]{32}\?welcome=1$/);
	pages.set('/my/<token>?welcome=1', await html(request, page.url()));
	const privatePage = new URL(page.url()).pathname;
	pages.set('/my/<token>', await html(request, `${SITE_URL}${privatePage}`));
	for (const prefix of CHINESE_PREFIXES)
		pages.set(`${prefix}/my/<token>`, await html(request, `${SITE_URL}${prefix}${privatePage}`));
	return pages;
}

async function organizerPages(page: Page): Promise<Map<string, string>> {
	const { request } = page;
	const pages = new Map<string, string>();
	pages.set('/admin/login', await html(request, `${ADMIN_URL}/admin/login`));
	await signIn(page, organizer('admin'));

	// A registration and an invitation, so their pages exist.
	const stamp = Date.now();
	await addRegistration(page, { name: `Vnu Person ${stamp}`, email: `vnu-${stamp}@example.com`, organisation: 'HKU' });
	const registrationPath = new URL(page.url()).pathname;

	const invitation = new URL(await createInvitation(page, `vnu-invited-${stamp}@organizers.example`)).pathname;

	for (const path of [...ADMIN_PAGES, '/admin/registrations?q=vnu', registrationPath, '/admin/check-in?q=vnu']) {
		pages.set(path, await html(request, `${ADMIN_URL}${path}`));
	}
	pages.set('/admin/nothing-here (404)', await html(request, `${ADMIN_URL}/admin/nothing-here`, 404));
	pages.set(
		'/admin/sessions/new with errors (400)',
		await postedForm(request, `${ADMIN_URL}/admin/sessions/new?/create`, {})
	);
	pages.set(
		'/admin/announcements/new with errors (400)',
		await postedForm(request, `${ADMIN_URL}/admin/announcements/new?/preview`, {})
	);
	pages.set('/admin/event with errors (400)', await postedForm(request, `${ADMIN_URL}/admin/event?/save`, {}));
	pages.set(
		'/admin/speakers/new with errors (400)',
		await postedForm(request, `${ADMIN_URL}/admin/speakers/new?/create`, {})
	);
	pages.set(
		'/admin/tracks/new with errors (400)',
		await postedForm(request, `${ADMIN_URL}/admin/tracks/new?/create`, { color: '#f4c145' })
	);
	pages.set(
		'/admin/organisations/new with errors (400)',
		await postedForm(request, `${ADMIN_URL}/admin/organisations/new?/create`, { websiteUrl: 'not a website' })
	);
	pages.set(
		'/admin/tracks/1 delete refused (409)',
		await postedForm(request, `${ADMIN_URL}/admin/tracks/1?/delete`, { confirm: 'on' }, 409)
	);

	// The invitation is opened by someone who is not signed in.
	const guest = await page.context().browser()!.newContext();
	pages.set('/admin/invite/<token>', await html(guest.request, `${ADMIN_URL}${invitation}`));
	await guest.close();
	return pages;
}

test('the Nu Html Checker finds no errors on any page, public or organizer', async ({ page }) => {
	test.setTimeout(240_000);

	const pages = new Map([...(await publicPages(page)), ...(await organizerPages(page))]);
	const messages = await checkHtml(java!, pages);

	const describe = (m: CheckerMessage) =>
		`${m.page}${m.line ? `:${m.line}` : ''}: ${m.message}${m.extract ? `\n    ${m.extract.replace(/\s+/g, ' ').trim()}` : ''}`;
	const warnings = messages.filter((m) => m.type === 'warning');
	console.log(
		`Nu Html Checker: ${pages.size} pages, ${messages.filter((m) => m.type === 'error').length} errors, ${warnings.length} warnings.`
	);
	if (warnings.length > 0) console.log(`Warnings (allowed):\n${warnings.map(describe).join('\n')}`);
	expect(pages.size).toBeGreaterThan(30);
	const errors = messages.filter((m) => m.type === 'error');
	expect(errors.map(describe)).toEqual([]);
});
