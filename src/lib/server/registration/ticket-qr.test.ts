import { describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import { qrSegments } from '../qr-segments';
import { ticketQrSvg } from './ticket-qr';
import { generateReference } from './tokens';

describe("a ticket's QR code", () => {
	it('is the code the library draws for the reference by itself, module for module', async () => {
		for (let i = 0; i < 50; i++) {
			const reference = generateReference();
			const chosen = QRCode.create(qrSegments(reference), { errorCorrectionLevel: 'M' });
			const searched = QRCode.create(reference, { errorCorrectionLevel: 'M' });
			expect(chosen.segments.map((s) => s.mode.id)).toEqual(['Alphanumeric']);
			expect([...chosen.modules.data]).toEqual([...searched.modules.data]);
			expect(await ticketQrSvg(reference)).toBe(
				await QRCode.toString(reference, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' })
			);
		}
	});

	it('leaves text outside the alphanumeric set to the library', () => {
		for (const text of ['bcs-7k4p-2qxm', 'BCS_7K4P', '會議']) expect(qrSegments(text)).toBe(text);
	});
});
