// What attendee tests share: filling the registration form like a person, and reading the mails the
// server wrote to its outbox folder.
import { expect, type Page } from '@playwright/test';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { mailOutbox } from '../playwright.config';

export function uniqueEmail(label: string): string {
	return `${label}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
}

export async function fillRegistration(page: Page, fields: { name: string; email: string; sessions?: string[] }) {
	await page.getByLabel('Full name').fill(fields.name);
	await page.getByLabel('Email').fill(fields.email);
	await page.getByLabel('Organisation').fill('Hong Kong Science Park');
	await page.getByLabel('Job title').fill('Research lead');
	await page.getByLabel('You attend as').selectOption({ label: 'Academia' });
	await page.getByLabel('Country or region').selectOption({ label: 'Hong Kong' });
	// Given sessions are exactly the ones chosen: the form pre-selects the device's stars, which an earlier
	// registration in the same browser set. Without them, the form's own selection stays.
	if (fields.sessions) {
		const checked = page.locator('input[name="sessionIds"]:checked');
		while ((await checked.count()) > 0) await checked.first().uncheck();
		for (const title of fields.sessions) await page.getByRole('checkbox', { name: title }).check();
	}
	await page.getByRole('checkbox', { name: /I have read the privacy notice/ }).check();
}

/** The mails written for one address, newest last, waiting up to a few seconds for the outbox to drain. */
export async function mailsTo(address: string, expected = 1, server = 'site') {
	const folder = mailOutbox(server);
	let found: { subject: string; text: string }[] = [];
	await expect
		.poll(
			async () => {
				const names = await readdir(folder).catch(() => [] as string[]);
				const mails = await Promise.all(
					names.sort().map(async (name) => simpleParser(await readFile(join(folder, name))))
				);
				found = mails
					.filter((mail) =>
						JSON.stringify(mail.to ?? '')
							.toLowerCase()
							.includes(address.toLowerCase())
					)
					.map((mail) => ({ subject: mail.subject ?? '', text: mail.text ?? '' }));
				return found.length;
			},
			{ timeout: 10_000 }
		)
		.toBeGreaterThanOrEqual(expected);
	return found;
}

export function privateLinkIn(text: string): string {
	// The host, then /my/: not the calendar feed's /calendar/my/<feed token>.ics the mail also gives.
	const link = text.match(/https?:\/\/[^\s/]+\/my\/[a-z2-7]{32}/)?.[0];
	if (!link) throw new Error(`No private link in: ${text}`);
	return link;
}
