import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import QRCode from 'qrcode';
import sharp from 'sharp';
import { db } from '../db';
import { register } from '../registration/register';
import { attendee, createTestEvent, TEST_ORIGIN } from '../testing/fixtures';
import { startTestSmtpServer, type TestSmtpServer } from '../testing/smtp';
import { renderOutboxMail } from './render';
import { createMailSender, type MailMessage } from './transport';
import { invitationMail } from './templates/invitation';

const MAP_URL = 'https://maps.example.org/?q=Test+venue';
const CONTACT = 'organizers@summit.test';

let outbox: string;
let smtp: TestSmtpServer;
beforeAll(async () => {
	outbox = await mkdtemp(join(tmpdir(), 'summit-mail-layout-'));
	smtp = await startTestSmtpServer();
});
afterAll(async () => {
	await smtp.close();
	await rm(outbox, { recursive: true, force: true });
});

/** The event of a test, with the venue's map and the organizers' address an admin would set. */
async function summit(capacity: number) {
	const { event, sessionIds } = await createTestEvent({ capacity, sessionCapacities: [10] });
	await db.event.update({
		where: { id: event.id },
		data: { venueDistrict: 'Sha Tin', venueMapUrl: MAP_URL, contactEmail: CONTACT }
	});
	return { event, sessionIds };
}

async function registered(eventId: number, label: string, sessionIds: number[]) {
	const result = await register(eventId, attendee(`${label}-${eventId}`, { sessionIds }));
	if (result.outcome !== 'registered') throw new Error(result.outcome);
	return result;
}

async function rendered(registrationId: number, kind: string, payload: unknown = {}): Promise<MailMessage> {
	const row =
		kind === 'registration-confirmation'
			? await db.outboxMail.findFirstOrThrow({ where: { registrationId, kind } })
			: { kind, registrationId, payload: JSON.stringify(payload) };
	const mail = await renderOutboxMail(row);
	if (!mail) throw new Error(`nothing rendered for ${kind}`);
	return mail;
}

/** Written to an .eml file by the site's own sender, then read back as any mail client would. */
async function throughTheOutboxFolder(message: MailMessage): Promise<{ raw: string; parsed: ParsedMail }> {
	const delivery = await createMailSender({ from: 'Summit <noreply@summit.test>', outboxDir: outbox })(message);
	if (delivery.via !== 'file') throw new Error(`expected a file, got ${delivery.via}`);
	const raw = await readFile(delivery.path, 'utf8');
	return { raw, parsed: await simpleParser(raw, { keepCidLinks: true }) };
}

/** Reads the QR code's modules from the PNG, at the centre of each, and compares them to the payload's. */
async function qrModulesMatch(png: Buffer, payload: string): Promise<boolean> {
	const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
	const { modules } = QRCode.create(payload, { errorCorrectionLevel: 'M' });
	const margin = 2;
	const scale = info.width / (modules.size + margin * 2);
	for (let row = 0; row < modules.size; row++)
		for (let column = 0; column < modules.size; column++) {
			const x = Math.floor((margin + column + 0.5) * scale);
			const y = Math.floor((margin + row + 0.5) * scale);
			const dark = data[(y * info.width + x) * info.channels]! < 128;
			if (dark !== Boolean(modules.get(row, column))) return false;
		}
	return true;
}

describe('the confirmation, as a mail client receives it', () => {
	it('has text and HTML alternatives, the branded layout, the ticket with its inline QR, the venue and the button', async () => {
		const { event, sessionIds } = await summit(10);
		const result = await registered(event.id, 'layout', sessionIds);
		const { raw, parsed } = await throughTheOutboxFolder(
			await rendered(result.registrationId, 'registration-confirmation')
		);

		expect(raw).toMatch(/^Content-Type: multipart\/alternative;/m);
		expect(raw).toMatch(/^Content-Type: multipart\/related;/m);
		const html = parsed.html || '';
		const text = parsed.text ?? '';
		expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
		expect(html).toContain('<html lang="en" dir="ltr">');
		expect(html).toContain('<h1 style=');
		expect(html).toContain('>Test summit</h1>');
		expect(html).toContain(`>${result.reference}</p>`);
		expect(html).toContain('Test venue<br>Hong Kong<br>Sha Tin');
		expect(html).toContain(`href="${MAP_URL}"`);
		expect(html).toContain(`href="mailto:${CONTACT}"`);
		expect(html).toMatch(new RegExp(`<a class="mail-button" href="${TEST_ORIGIN}/my/${result.token}"`));
		expect(html).toContain('Your sessions are attached as a calendar file (.ics)');
		// The inbox's preview line: the mail's main sentence, hidden in the body.
		expect(html).toMatch(/<div style="display:none;[^"]*">Thank you for registering\. Your seat is confirmed\./);

		// mailparser turns cid: references into data: URLs once it has matched them to a part.
		const qr = parsed.attachments.find((attachment) => attachment.contentType === 'image/png');
		expect(qr?.contentDisposition).toBe('inline');
		expect(qr?.cid).toMatch(/^ticket-[a-z0-9]+@summit\.invalid$/);
		expect(html).toContain(`<img src="cid:${qr?.cid}"`);
		expect(qr?.related).toBe(true);
		// What the check-in desk scans at /my/<token>: the reference, nothing else.
		expect(await qrModulesMatch(qr!.content, result.reference)).toBe(true);
		expect(await qrModulesMatch(qr!.content, `${result.reference}X`)).toBe(false);
		// Pixel for pixel the image the qrcode library draws (mail/qr-png.ts packs it in 1 bit per pixel).
		const drawn = await QRCode.toBuffer(result.reference, {
			type: 'png',
			errorCorrectionLevel: 'M',
			margin: 2,
			width: 360
		});
		const pixels = (png: Buffer) =>
			sharp(png).removeAlpha().toColourspace('b-w').raw().toBuffer({ resolveWithObject: true });
		const [sent, expected] = await Promise.all([pixels(qr!.content), pixels(drawn)]);
		expect(sent.info).toEqual(expected.info);
		expect(sent.info.width).toBe(360);
		expect(sent.data.equals(expected.data)).toBe(true);
		expect(qr!.content.length).toBeLessThan(600);
		expect(parsed.attachments.some((attachment) => attachment.contentType.startsWith('text/calendar'))).toBe(true);

		// The plain-text part says as much as the HTML.
		expect(text).toMatch(/^Test summit\n=+\n/);
		expect(text).toContain(`Your ticket\n-----------\nReference: ${result.reference}\n`);
		expect(text).toContain('When: Monday 6 January 2020, 09:00 – Friday 1 January 2100, 00:00 HKT');
		expect(text).toContain('Where: Test venue\n  Hong Kong\n  Sha Tin');
		expect(text).toContain(`Map: ${MAP_URL}`);
		expect(text).toContain(`View or change your registration:\n${TEST_ORIGIN}/my/${result.token}`);
		expect(text).toContain('Your sessions\n-------------\n\n- 09:00–10:00 HKT: Session 0');
		expect(text).toContain('Your sessions are attached as a calendar file (.ics)');
		expect(text).toContain(`Questions? Write to the organizers: ${CONTACT}`);
	});

	it('over SMTP carries the same inline QR image', async () => {
		const { event, sessionIds } = await summit(10);
		const result = await registered(event.id, 'smtp-layout', sessionIds);
		const message = await rendered(result.registrationId, 'registration-confirmation');
		const send = createMailSender({ smtpUrl: smtp.url, from: 'Summit <noreply@summit.test>', outboxDir: outbox });
		try {
			await send(message);
		} finally {
			send.close?.();
		}
		const received = smtp.messages.find((mail) => JSON.stringify(mail.to).includes(message.to));
		const qr = received?.attachments.find((attachment) => attachment.contentType === 'image/png');
		expect(qr?.contentDisposition).toBe('inline');
		expect(await qrModulesMatch(qr!.content, result.reference)).toBe(true);
	});

	it('of someone waitlisted says so and carries no ticket', async () => {
		const { event, sessionIds } = await summit(1);
		await registered(event.id, 'seated', []);
		const result = await registered(event.id, 'waiting', sessionIds);
		const { parsed } = await throughTheOutboxFolder(await rendered(result.registrationId, 'registration-confirmation'));
		expect(parsed.text).toContain('you are on the waitlist');
		expect(parsed.text).toContain(`Reference: ${result.reference}`);
		expect(parsed.text).toContain('Status: On the waitlist');
		expect(parsed.text).not.toContain('Your ticket');
		expect(parsed.html).not.toContain('cid:');
		expect(parsed.attachments.filter((attachment) => attachment.contentType === 'image/png')).toEqual([]);
	});
});

describe('every kind of mail', () => {
	it('comes in the branded layout with a plain-text part that says the same', async () => {
		const { event, sessionIds } = await summit(10);
		const result = await registered(event.id, 'kinds', sessionIds);
		const sessionId = sessionIds[0]!;
		const invitation = invitationMail(
			{
				email: 'mei@example.com',
				name: 'Mei Ho',
				role: 'editor',
				expiresAt: new Date('2020-01-01T02:00:00Z'),
				invitedBy: { name: 'Ada Organizer' },
				event: { name: 'Test summit', timeZone: 'Asia/Hong_Kong', contactEmail: CONTACT }
			},
			`${TEST_ORIGIN}/admin/invite/abc`,
			'en'
		);
		const mails: [string, MailMessage, string][] = [
			[
				'link',
				await rendered(result.registrationId, 'registration-link', { token: result.token }),
				`${TEST_ORIGIN}/my/${result.token}`
			],
			['promotion', await rendered(result.registrationId, 'waitlist-promotion'), 'Where: Test venue'],
			[
				'session promotion',
				await rendered(result.registrationId, 'session-promotion', { sessionId }),
				'When: Monday 6 January 2020, 09:00–10:00 HKT'
			],
			['cancelled', await rendered(result.registrationId, 'session-cancelled', { sessionId }), 'has been cancelled'],
			[
				'reinstated',
				await rendered(result.registrationId, 'session-reinstated', { sessionId }),
				'is back on the programme'
			],
			['invitation', invitation, `${TEST_ORIGIN}/admin/invite/abc`]
		];
		for (const [kind, message, says] of mails) {
			const { parsed } = await throughTheOutboxFolder(message);
			expect(parsed.text, kind).toContain(says);
			expect(parsed.text, kind).toContain(`Questions? Write to the organizers: ${CONTACT}`);
			expect(parsed.html || '', kind).toContain('<meta name="viewport"');
			expect(parsed.html || '', kind).toContain('>Test summit</h1>');
			expect(parsed.html || '', kind).toContain(says.replace(/^(When|Where): /, '').replace(/&/g, '&amp;'));
		}
	});
});
