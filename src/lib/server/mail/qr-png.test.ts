import { describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import sharp from 'sharp';
import { qrCodePng, type QrDrawing } from './qr-png';

/** Decoded by libvips (sharp), as one grey channel: the pixels a viewer shows, whatever the packing. */
const greyPixels = (png: Buffer) =>
	sharp(png).removeAlpha().toColourspace('b-w').raw().toBuffer({ resolveWithObject: true });

describe('a QR code as a 1-bit PNG', () => {
	const cases: [string, QrDrawing][] = [
		['BCS-7K2M9Q', { errorCorrectionLevel: 'M', margin: 2, width: 360 }],
		// A longer text (a larger version), a width that is no multiple of 8 and a scale that is no whole number.
		[
			'https://summit.example/my/abcdefghijklmnopqrstuvwxyz0123456789',
			{ errorCorrectionLevel: 'M', margin: 2, width: 203 }
		],
		['X', { errorCorrectionLevel: 'H', margin: 4, width: 100 }]
	];
	it.each(cases)('draws %s pixel for pixel as the qrcode library does', async (text, drawing) => {
		const ours = qrCodePng(text, drawing);
		const library = await QRCode.toBuffer(text, { type: 'png', ...drawing });
		const [a, b] = await Promise.all([greyPixels(ours), greyPixels(library)]);
		expect(a.info).toEqual(b.info);
		expect(a.data.equals(b.data)).toBe(true);
		// IHDR: bit depth 1, colour type 0 (greyscale).
		expect([ours[24], ours[25]]).toEqual([1, 0]);
		expect(ours.length).toBeLessThan(library.length);
	});

	it('is a different image for a different text', async () => {
		const drawing = { errorCorrectionLevel: 'M', margin: 2, width: 360 } as const;
		const [a, b] = await Promise.all([
			greyPixels(qrCodePng('BCS-7K2M9Q', drawing)),
			greyPixels(qrCodePng('BCS-7K2M9R', drawing))
		]);
		expect(a.data.equals(b.data)).toBe(false);
	});
});
