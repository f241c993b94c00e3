// What organizer tests share: accounts made the way an operator makes them (`npm run admin:create`
// against the organizer server's database), signing in like a person, and that server's address.
import { expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { ADMIN_SITE_PORT, adminDatabaseUrl } from '../playwright.config';

export const ADMIN_URL = `http://127.0.0.1:${ADMIN_SITE_PORT}`;
export const PASSWORD = 'a long organizer passphrase';

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
