// The QR code of a ticket's reference, as the registrant's page shows it. Making one costs more than the
// rest of the page; a rush of new registrants each lands on theirs, then reloads it, so the latest are kept.
import QRCode from 'qrcode';
import { qrSegments } from '../qr-segments';

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
