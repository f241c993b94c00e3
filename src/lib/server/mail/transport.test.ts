import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { startTestSmtpServer, type TestSmtpServer } from '../testing/smtp';
import { createMailSender } from './transport';

let smtp: TestSmtpServer;
let outbox: string;

beforeAll(async () => {
	smtp = await startTestSmtpServer();
	outbox = await mkdtemp(join(tmpdir(), 'summit-transport-'));
});
afterAll(async () => {
	await smtp.close();
	await rm(outbox, { recursive: true, force: true });
});

const message = (to: string) => ({ to, subject: 'Your registration', text: 'Hello', html: '<p>Hello</p>' });

describe('every mail is marked as sent by a machine (RFC 3834)', () => {
	it('over SMTP, the received mail carries Auto-Submitted: auto-generated', async () => {
		const send = createMailSender({ smtpUrl: smtp.url, from: 'Summit <noreply@summit.test>', outboxDir: outbox });
		try {
			await send(message('smtp-reader@example.com'));
		} finally {
			send.close?.();
		}
		const received = smtp.messages.find((mail) => JSON.stringify(mail.to).includes('smtp-reader@example.com'));
		expect(received?.headers.get('auto-submitted')).toBe('auto-generated');
		expect(received?.from?.value[0]?.address).toBe('noreply@summit.test');
	});

	it('written to the outbox folder, the .eml file carries it too', async () => {
		const send = createMailSender({ from: 'noreply@summit.test', outboxDir: outbox });
		const delivery = await send(message('file-reader@example.com'));
		if (delivery.via !== 'file') throw new Error(`expected a file, got ${delivery.via}`);
		const raw = await readFile(delivery.path, 'utf8');
		expect(raw).toMatch(/^Auto-Submitted: auto-generated$/m);
		expect((await simpleParser(raw)).headers.get('auto-submitted')).toBe('auto-generated');
	});
});
