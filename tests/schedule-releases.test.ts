import { expect, test } from '@playwright/test';
import { ADMIN_URL, organizer, signIn } from './admin-helpers';
import { fillRegistration, mailsTo, uniqueEmail } from './registration-helpers';

// On the organizer server, with two sessions no other test there touches.
const KEYNOTE = 'Keynote: Accelerating new drug development to improve human health';
const FIRESIDE = 'Fireside chat: Bio-computing and new drug development';

test('an editor moves one session, cancels another and releases 1.1: the changelog shows both, attendees get one notice', async ({
	page,
	browser
}) => {
	// Two registrations, two edits, a release and the mails: a whole organizer's morning in one test.
	test.slow();
	// An attendee chose both sessions; a second one chose neither.
	const chose = uniqueEmail('release-chose');
	const other = uniqueEmail('release-other');
	const visitor = await browser.newPage();
	for (const [email, sessions] of [
		[chose, [KEYNOTE, FIRESIDE]],
		[other, []]
	] as const) {
		await visitor.goto(`${ADMIN_URL}/register`);
		await fillRegistration(visitor, { name: 'Release Watcher', email, sessions: [...sessions] });
		await visitor.getByRole('button', { name: 'Register' }).click();
		await expect(visitor).toHaveURL(/\/my\/[a-z2-7]{32}\?welcome=1$/);
	}
	await mailsTo(chose, 1, 'admin');

	await signIn(page, organizer('editor'));
	await page.goto(`${ADMIN_URL}/admin/sessions`);
	await page.getByRole('link', { name: FIRESIDE }).click();
	await page.getByLabel('Starts (HKT)').fill('2024-06-24T16:00');
	await page.getByLabel('Ends (HKT)').fill('2024-06-24T16:45');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('status')).toContainText('is saved');

	await page.goto(`${ADMIN_URL}/admin/sessions`);
	await page.getByRole('link', { name: KEYNOTE }).click();
	await page.getByRole('button', { name: 'Cancel this session' }).click();
	await expect(page.getByRole('status')).toContainText('is cancelled');

	// The list says there is something to release, and leads there.
	await page.goto(`${ADMIN_URL}/admin/sessions`);
	await page.getByRole('link', { name: 'Review and release them' }).click();
	await expect(page).toHaveURL(`${ADMIN_URL}/admin/schedule`);
	const pending = page.getByRole('region', { name: 'Not released yet' });
	await expect(pending).toContainText('Changes since version 1.0');
	await expect(pending).toContainText(`Cancelled: “${KEYNOTE}” (Mon 24 Jun 11:20–11:50 HKT).`);
	await expect(pending).toContainText(
		`Moved: “${FIRESIDE}”, from Mon 24 Jun 13:30–14:15 HKT to Mon 24 Jun 16:00–16:45 HKT.`
	);

	// The version is suggested; one used before is refused beside its field, the note kept.
	const version = page.getByRole('textbox', { name: 'Version', exact: true });
	await expect(version).toHaveValue('1.1');
	await version.fill('1.0');
	await page.getByLabel('Note for attendees').fill('Fireside chat moved to 16:00; keynote cancelled.');
	await page.getByRole('button', { name: 'Release and notify attendees' }).click();
	await expect(page.getByRole('alert')).toContainText('This version was released already');
	await expect(page.getByLabel('Note for attendees')).toHaveValue('Fireside chat moved to 16:00; keynote cancelled.');
	await version.fill('1.1');
	await page.getByRole('button', { name: 'Release and notify attendees' }).click();
	await expect(page.getByRole('status')).toContainText('Version 1.1 is released');
	await expect(
		page.getByRole('table', { name: 'Released versions' }).getByRole('row', { name: /^1\.1 / })
	).toContainText('Fireside chat moved to 16:00; keynote cancelled.');

	// Releasing again at once: nothing to release.
	await version.fill('1.2');
	await page.getByRole('button', { name: 'Release and notify attendees' }).click();
	await expect(page.getByRole('alert')).toContainText('there is nothing to release');

	const changes = await visitor.goto(`${ADMIN_URL}/agenda/changes`);
	expect(changes?.status()).toBe(200);
	const latest = visitor.getByRole('region', { name: 'Version 1.1' });
	await expect(latest).toContainText('Fireside chat moved to 16:00; keynote cancelled.');
	await expect(latest).toContainText(`Cancelled: “${KEYNOTE}” (Mon 24 Jun 11:20–11:50 HKT).`);
	await expect(latest).toContainText(
		`Moved: “${FIRESIDE}”, from Mon 24 Jun 13:30–14:15 HKT to Mon 24 Jun 16:00–16:45 HKT.`
	);
	await expect(visitor.getByRole('region', { name: 'Version 1.0' })).toBeVisible();
	await visitor.goto(`${ADMIN_URL}/agenda`);
	await visitor.getByRole('link', { name: 'Programme changes' }).click();
	await expect(visitor.getByRole('heading', { level: 1, name: 'Programme changes' })).toBeVisible();

	const mails = await mailsTo(chose, 2, 'admin');
	const notices = mails.filter((mail) => mail.subject.startsWith('Programme change'));
	expect(notices).toHaveLength(1);
	expect(notices[0]!.text).toContain('(version 1.1)');
	expect(notices[0]!.text).toContain(`Cancelled: “${KEYNOTE}”`);
	expect(notices[0]!.text).toContain('An updated calendar file with your sessions is attached');
	// The other attendee chose neither session: only the confirmation.
	expect((await mailsTo(other, 1, 'admin')).map((mail) => mail.subject)).toEqual([
		'Your registration: International Bio-Computing Innovation Summit'
	]);
	await visitor.close();
});
