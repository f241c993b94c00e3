// What a QR code of a ticket's reference is made of, shared by the /my page's SVG and the mail's PNG.
import type { QRCodeSegment } from 'qrcode';

/** Everything QR's alphanumeric mode can encode: upper-case letters, digits and nine signs. */
const ALPHANUMERIC = /^[0-9A-Z $%*+\-./:]*$/;

/**
 * A reference ("BCS-7K4P-2QXM") as one alphanumeric segment: the segmentation the qrcode library would
 * choose itself, so the code is the same, without its search for the shortest mix of modes (a third of
 * the time of a code). Any other text is left to that search.
 */
export function qrSegments(text: string): string | QRCodeSegment[] {
	return ALPHANUMERIC.test(text) ? [{ data: text, mode: 'alphanumeric' }] : text;
}
