// A QR code as a PNG, one bit per pixel. The qrcode library's own PNG (through pngjs) spends about 5 ms
// per image drawing 4 bytes per pixel and filtering them in JavaScript: the largest part of a
// confirmation mail's cost in a registration rush. A QR code has two colours, and its pixel rows repeat
// once per module row, so each distinct row is drawn once, in bits, and Node's zlib packs the image: the
// same pixels in about 0.4 ms and a fifth of the bytes.
import QRCode from 'qrcode';
import { crc32, deflateSync } from 'node:zlib';
import { qrSegments } from '../qr-segments';

export type QrDrawing = { errorCorrectionLevel: 'L' | 'M' | 'Q' | 'H'; margin: number; width: number };

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const GREYSCALE = 0;
const NO_FILTER = 0;

function pngChunk(type: string, data: Buffer): Buffer {
	const chunk = Buffer.alloc(12 + data.length);
	chunk.writeUInt32BE(data.length, 0);
	chunk.write(type, 4, 'latin1');
	data.copy(chunk, 8);
	chunk.writeUInt32BE(crc32(chunk.subarray(4, 8 + data.length)), 8 + data.length);
	return chunk;
}

/**
 * The PNG of `text`'s QR code, black on white: pixel for pixel what `QRCode.toBuffer(text, { type: 'png',
 * ...drawing })` draws (the same scale, margin and rounding), in 1-bit greyscale.
 */
export function qrCodePng(text: string, drawing: QrDrawing): Buffer {
	const { modules } = QRCode.create(qrSegments(text), { errorCorrectionLevel: drawing.errorCorrectionLevel });
	const { size } = modules;
	// The library's geometry (qrcode/lib/renderer/utils.js): a fractional scale filling `width`.
	const scale = drawing.width / (size + drawing.margin * 2);
	const pixels = Math.floor((size + drawing.margin * 2) * scale);
	const quietZone = drawing.margin * scale;
	const inSymbol = (i: number) => i >= quietZone && i < pixels - quietZone;
	const moduleAt = (i: number) => Math.floor((i - quietZone) / scale);
	// Each scanline: a filter-type byte, then 8 pixels a byte, most significant bit first; 1 is white.
	const stride = 1 + Math.ceil(pixels / 8);
	const drawRow = (moduleRow: number | null): Buffer => {
		const line = Buffer.alloc(stride, 0xff);
		line[0] = NO_FILTER;
		for (let x = 0; x < pixels; x++)
			if (moduleRow !== null && inSymbol(x) && modules.get(moduleRow, moduleAt(x)))
				line[1 + (x >> 3)]! &= ~(0x80 >> (x & 7));
		// Bits past the last pixel are padding; keep them 0, as encoders conventionally do.
		const spare = stride * 8 - 8 - pixels;
		if (spare > 0) line[stride - 1]! &= 0xff << spare;
		return line;
	};
	const rows = new Map<number | null, Buffer>();
	const image = Buffer.alloc(stride * pixels);
	for (let y = 0; y < pixels; y++) {
		const moduleRow = inSymbol(y) ? moduleAt(y) : null;
		let line = rows.get(moduleRow);
		if (!line) rows.set(moduleRow, (line = drawRow(moduleRow)));
		line.copy(image, y * stride);
	}
	const header = Buffer.alloc(13);
	header.writeUInt32BE(pixels, 0);
	header.writeUInt32BE(pixels, 4);
	header[8] = 1; // bit depth
	header[9] = GREYSCALE;
	return Buffer.concat([
		SIGNATURE,
		pngChunk('IHDR', header),
		pngChunk('IDAT', deflateSync(image)),
		pngChunk('IEND', Buffer.alloc(0))
	]);
}
