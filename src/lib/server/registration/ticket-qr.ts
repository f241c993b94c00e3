// The QR code of a ticket's reference, as the registrant's page shows it. Making one costs more than the
// rest of the page; a rush of new registrants each lands on theirs, then reloads it, so the latest are kept.
import QRCode, { type QRCodeSegment } from 'qrcode';

const KEPT = 2_000;
const made = new Map<string, Promise<string>>();

export function ticketQrSvg(reference: string): Promise<string> {
	let svg = made.get(reference);
	if (!svg) {
		svg = QRCode.toString(qrSegments(reference), { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
		made.set(reference, svg);
		svg.catch(() => made.delete(reference));
		// A Map keeps insertion order: the oldest goes first.
		if (made.size > KEPT) made.delete(made.keys().next().value!);
	}
	return svg;
}

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
