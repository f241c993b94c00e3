// What organizer tests share: accounts made the way an operator makes them (`npm run admin:create`
// against the organizer server's database), signing in like a person, and that server's address.
import { expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { ADMIN_SITE_PORT, adminDatabaseUrl } from '../playwright.config';
import { LANGUAGE_PREFIXES } from './language-prefixes';

export const ADMIN_URL = `http://127.0.0.1:${ADMIN_SITE_PORT}`;
export const PASSWORD = 'a long organizer passphrase';

/**
 * Every organizer page that needs no record made first, and the current edition through the preview, in
 * each language: what axe and the Nu Html Checker both go through.
 */
const ADMIN_PAGES_IN_ENGLISH = [
	'/admin',
	'/admin/speakers',
	'/admin/speakers/new',
	'/admin/speakers/1',
	'/admin/sessions',
	'/admin/sessions/new',
	'/admin/sessions/3',
	'/admin/schedule',
	'/admin/tracks',
	'/admin/tracks/new',
	'/admin/tracks/1',
	'/admin/rooms',
	'/admin/rooms/new',
	'/admin/rooms/1',
	'/admin/organisations',
	'/admin/organisations/new',
	'/admin/organisations/1',
	'/admin/highlights',
	'/admin/highlights/new',
	'/admin/highlights/1',
	'/admin/quotes',
	'/admin/quotes/new',
	'/admin/quotes/1',
	'/admin/registrations',
	'/admin/registrations/new',
	'/admin/check-in',
	'/admin/users',
	'/admin/audit',
	'/admin/event',
	'/admin/announcements',
	'/admin/announcements/new',
	'/admin/account',
	'/admin/editions',
	// The current edition through the preview: the public pages, signed in.
	'/admin/editions/1/preview/agenda'
];
export const ADMIN_PAGES = LANGUAGE_PREFIXES.flatMap((prefix) =>
	ADMIN_PAGES_IN_ENGLISH.map((path) => `${prefix}${path}`)
);

export type Organizer = { email: string; name: string; role: 'admin' | 'editor' | 'checkin' };

const made = new Map<string, Organizer>();

/** One account per role and test worker, created once; `own` makes one for a single test (say, to lock it out). */
export function organizer(role: Organizer['role'], own = false): Organizer {
	const existing = made.get(role);
	if (existing && !own) return existing;
	const account = {
		email: `${role}-${process.pid}-${Date.now()}@organizers.example`,
		name: `Test ${role} ${process.pid}`,
		role
	};
	execFileSync(
		'npx',
		['tsx', 'scripts/admin-create.ts', '--email', account.email, '--name', account.name, '--role', role],
		{
			env: { ...process.env, DATABASE_URL: adminDatabaseUrl, ADMIN_PASSWORD: PASSWORD },
			stdio: 'pipe'
		}
	);
	if (!own) made.set(role, account);
	return account;
}

export async function signIn(page: Page, account: Organizer, path = '/admin/login') {
	await page.goto(`${ADMIN_URL}${path}`);
	await page.getByLabel('Email').fill(account.email);
	await page.getByLabel('Password').fill(PASSWORD);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page.getByRole('navigation', { name: 'Organizer area' })).toBeVisible();
}

/**
 * Opens an organizer page and waits until it has hydrated, so that its forms are sent the enhanced way, as
 * for an organizer whose script has loaded. (What is typed earlier is kept: admin-sessions.test.ts.)
 */
export async function gotoHydrated(page: Page, url: string) {
	await page.goto(url);
	await expect(page.locator('html[data-hydrated]')).toBeAttached();
}

/** Adds a registration through the organizer form; answers its reference (the page is then the registration's). */
export async function addRegistration(page: Page, person: { name: string; email: string; organisation: string }) {
	await gotoHydrated(page, `${ADMIN_URL}/admin/registrations/new`);
	await page.getByLabel('Full name').fill(person.name);
	await page.getByLabel('Email').fill(person.email);
	await page.getByLabel('Organisation').fill(person.organisation);
	await page.getByLabel('Job title').fill('Research lead');
	await page.getByLabel('You attend as').selectOption({ label: 'Academia' });
	await page.getByRole('checkbox', { name: 'The attendee has agreed to the privacy notice.' }).check();
	await page.getByRole('button', { name: 'Add a registration' }).click();
	await expect(page.getByRole('status')).toContainText('Registered: BCS-');
	return (await page.locator('dd code').first().textContent())!.trim();
}

/** Invites an editor from /admin/users; answers the invitation link. */
export async function createInvitation(page: Page, email: string) {
	await page.goto(`${ADMIN_URL}/admin/users`);
	await page.getByLabel('Name').fill('Invited Editor');
	await page.getByLabel('Email').fill(email);
	await page.getByRole('button', { name: 'Create invitation' }).click();
	return await page.getByLabel('Invitation link').inputValue();
}
