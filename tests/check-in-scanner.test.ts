// The check-in desk reads a ticket's QR code on a phone without BarcodeDetector (Safari on iPhone): a
// photo, or the camera's live picture, goes through ZXing (WebAssembly, served from our own origin), and the
// attendee is checked in.
import { chromium, expect, test } from '@playwright/test';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import QRCode from 'qrcode';
import sharp from 'sharp';
import { findChromium } from '../scripts/browser';
import { addRegistration, ADMIN_URL, organizer, signIn } from './admin-helpers';

/** What Safari on an iPhone lacks, taken from the page before any of its scripts run. */
const withoutBarcodeDetector = () => {
	delete (window as { BarcodeDetector?: unknown }).BarcodeDetector;
};

/**
 * A camera's picture of a ticket held up to it: one frame of Y4M video (the format Chromium's fake camera
 * plays, in a loop), the QR code's modules drawn black on white at 12 pixels each, off-centre.
 */
async function cameraPointedAt(payload: string, path: string) {
	const { modules } = QRCode.create(payload, { errorCorrectionLevel: 'M' });
	const [width, height, scale, left, top] = [640, 480, 12, 180, 60];
	const luma = Buffer.alloc(width * height, 235);
	for (let y = 0; y < modules.size * scale; y++)
		for (let x = 0; x < modules.size * scale; x++)
			if (modules.get(Math.floor(y / scale), Math.floor(x / scale))) luma[(top + y) * width + left + x] = 16;
	const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
	const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\nFRAME\n`);
	await writeFile(path, Buffer.concat([header, luma, chroma]));
}

async function registrationWithTicket(browser: import('@playwright/test').Browser, name: string) {
	const adminPage = await (await browser.newContext()).newPage();
	await signIn(adminPage, organizer('admin'));
	const stamp = Date.now();
	const reference = await addRegistration(adminPage, {
		name: `${name} ${stamp}`,
		email: `${name.toLowerCase().replace(/\W+/g, '-')}-${stamp}@example.com`,
		organisation: 'HKU'
	});
	return { adminPage, reference, name: `${name} ${stamp}` };
}

test('door staff on a phone without BarcodeDetector check someone in from a photo of their ticket’s QR code', async ({
	browser
}) => {
	// Two organizers sign in (argon2 at each), and the decoder compiles on first use.
	test.slow();
	const { adminPage, reference, name } = await registrationWithTicket(browser, 'Scanner Test');
	// The code /my/<token> and the confirmation mail show: the reference, at error correction M.
	const ticket = await QRCode.toBuffer(reference, { type: 'png', errorCorrectionLevel: 'M', margin: 1, width: 360 });

	const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
	await phone.addInitScript(withoutBarcodeDetector);
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
	await expect(page.locator('.result > p')).toHaveText(`${name} is checked in.`);
	await expect(page.getByRole('alert')).toHaveCount(0);
	// ZXing read it, from the site's own copy of the .wasm, once.
	expect(wasm).toHaveLength(1);
	expect(wasm[0]).toMatch(new RegExp(`^${ADMIN_URL}/_app/immutable/assets/zxing_reader[^/]*\\.wasm$`));

	await adminPage.goto(`${ADMIN_URL}/admin/check-in?q=${encodeURIComponent(name)}`);
	await expect(adminPage.getByRole('listitem').filter({ hasText: reference })).toContainText('Checked in');
});

test('door staff on a phone without BarcodeDetector check someone in by pointing the camera at their ticket', async ({
	browser
}) => {
	test.slow();
	const { reference, name } = await registrationWithTicket(browser, 'Camera Test');
	// Chromium's fake camera plays this file; it opens it when the page asks for the camera.
	const video = join(tmpdir(), `summit-e2e-${process.env.E2E_RUN_ID}-camera-${Date.now()}.y4m`);
	await cameraPointedAt(reference, video);
	const phoneBrowser = await chromium.launch({
		executablePath: findChromium() ?? undefined,
		args: ['--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`]
	});
	try {
		const phone = await phoneBrowser.newContext({ viewport: { width: 390, height: 844 } });
		await phone.grantPermissions(['camera'], { origin: ADMIN_URL });
		await phone.addInitScript(withoutBarcodeDetector);
		const page = await phone.newPage();
		await signIn(page, organizer('checkin'));
		const wasm = page.waitForResponse((response) => new URL(response.url()).pathname.endsWith('.wasm'));
		await page.getByRole('button', { name: 'Scan a QR code' }).click();
		expect((await wasm).url()).toMatch(new RegExp(`^${ADMIN_URL}/_app/immutable/assets/zxing_reader[^/]*\\.wasm$`));
		await expect(page.locator('.result > p')).toHaveText(`${name} is checked in.`);
		// The camera is let go once the code is read.
		await expect(page.locator('video')).toHaveCount(0);
		await expect(page.getByRole('button', { name: 'Scan a QR code' })).toBeVisible();
	} finally {
		await phoneBrowser.close();
		await rm(video, { force: true });
	}
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
