// The ticket in a mail: the reference and its QR code, the same code the /my page shows and the check-in
// desk scans (checkin/checkin.ts looks a scan up as the reference). The QR travels as an inline PNG
// (`cid:`), because mail clients block data: URLs and external images.
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import type { MailAttachment } from '../transport';
import type { MailBlock } from './html';
import { qrCodePng } from '../qr-png';

/** Exactly what /my/<token> encodes: the reference, nothing else (the desk types or scans it). */
export function ticketQrPayload(registration: { reference: string }): string {
	return registration.reference;
}

/** Shown at 180 CSS pixels; drawn at twice that for sharp phones. */
export const TICKET_QR_DRAWING = { errorCorrectionLevel: 'M', margin: 2, width: 360 } as const;

export type MailTicket = { block: MailBlock; attachment: MailAttachment };

/**
 * The ticket block and its inline QR image, for a confirmed registration; null otherwise (a waitlisted or
 * cancelled person has no seat to show at the door).
 */
export async function ticketFor(
	registration: { reference: string; status: string },
	locale: Locale
): Promise<MailTicket | null> {
	if (registration.status !== 'confirmed') return null;
	const { reference } = registration;
	const cid = `ticket-${reference.replace(/[^A-Za-z0-9]/g, '').toLowerCase()}@summit.invalid`;
	const png = qrCodePng(ticketQrPayload(registration), TICKET_QR_DRAWING);
	return {
		block: {
			ticket: {
				title: m.mail_ticket_title({}, { locale }),
				referenceLabel: m.mail_reference({}, { locale }),
				reference,
				qrCid: cid,
				qrAlt: m.mail_ticket_qr_alt({ reference }, { locale }),
				note: m.mail_ticket_note({}, { locale }),
				textNote: m.mail_ticket_note_text({}, { locale })
			}
		},
		attachment: {
			filename: `ticket-${reference}.png`,
			content: png,
			contentType: 'image/png',
			cid,
			contentDisposition: 'inline'
		}
	};
}
