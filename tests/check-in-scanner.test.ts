// The check-in desk reads a ticket's QR code on a phone without BarcodeDetector (Safari on iPhone): the
// photo goes through ZXing (WebAssembly, served from our own origin), and the attendee is checked in.
import { expect, test } from '@playwright/test';
import QRCode from 'qrcode';
import sharp from 'sharp';
import { addRegistration, ADMIN_URL, organizer, signIn } from './admin-helpers';

test('door staff on a phone without BarcodeDetector check someone in from a photo of their ticket’s QR code', async ({
	browser
}) => {
	// Two organizers sign in (argon2 at each), and the decoder compiles on first use.
	test.slow();
	const adminPage = await (await browser.newContext()).newPage();
	await signIn(adminPage, organizer('admin'));
	const stamp = Date.now();
	const reference = await addRegistration(adminPage, {
		name: `Scanner Test ${stamp}`,
		email: `scanner-${stamp}@example.com`,
		organisation: 'HKU'
	});
	// The code /my/<token> and the confirmation mail show: the reference, at error correction M.
	const ticket = await QRCode.toBuffer(reference, { type: 'png', errorCorrectionLevel: 'M', margin: 1, width: 360 });

	const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
	await phone.addInitScript(() => {
		delete (window as { BarcodeDetector?: unknown }).BarcodeDetector;
	});
	const page = await phone.newPage();
	const wasm: string[] = [];
	page.on('response', (response) => {
		if (new URL(response.url()).pathname.endsWith('.wasm')) wasm.push(response.url());
	});
	await signIn(page, organizer('checkin'));
	expect(await page.evaluate(() => 'BarcodeDetector' in window)).toBe(false);
	// Nothing of the decoder loads before it is needed.
	expect(wasm).toEqual([]);

	const photo = page.getByLabel('QR code from a photo');
	await expect(photo).toHaveAttribute('accept', 'image/*');
	await expect(photo).toHaveAttribute('capture', 'environment');

	// A picture without a code says so, and checks nobody in.
	const blank = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#ffffff' } })
		.png()
		.toBuffer();
	await photo.setInputFiles({ name: 'blank.png', mimeType: 'image/png', buffer: blank });
	await expect(page.getByRole('alert')).toHaveText(
		'No QR code could be read in this picture. Take another, closer and in focus, or type the reference.'
	);
	await expect(page.locator('.result')).toHaveCount(0);

	await photo.setInputFiles({ name: 'ticket.png', mimeType: 'image/png', buffer: ticket });
	await expect(page.locator('.result > p')).toHaveText(`Scanner Test ${stamp} is checked in.`);
	await expect(page.getByRole('alert')).toHaveCount(0);
	// ZXing read it, from the site's own copy of the .wasm, once.
	expect(wasm).toHaveLength(1);
	expect(wasm[0]).toMatch(new RegExp(`^${ADMIN_URL}/_app/immutable/assets/zxing_reader[^/]*\\.wasm$`));

	await adminPage.goto(`${ADMIN_URL}/admin/check-in?q=scanner-${stamp}`);
	await expect(adminPage.getByRole('listitem').filter({ hasText: reference })).toContainText('Checked in');
});

test('only the organizer area may compile WebAssembly', async ({ request }) => {
	const admin = await request.get(`${ADMIN_URL}/admin/login`);
	expect(admin.headers()['content-security-policy']).toMatch(/(^|; )script-src 'wasm-unsafe-eval' 'self'/);
	for (const path of ['/', '/agenda', '/register']) {
		const response = await request.get(`${ADMIN_URL}${path}`);
		expect(response.headers()['content-security-policy'], path).toContain("script-src 'self'");
		expect(response.headers()['content-security-policy'], path).not.toContain('wasm');
	}
});
