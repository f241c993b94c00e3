// A real SMTP server on loopback for tests: it accepts every message and keeps it, parsed.
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';

export type TestSmtpServer = { url: string; messages: ParsedMail[]; close: () => Promise<void> };

export async function startTestSmtpServer(): Promise<TestSmtpServer> {
	const messages: ParsedMail[] = [];
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		// Pooled clients keep connections open; on close, end them instead of waiting 30 s.
		closeTimeout: 100,
		logger: false,
		onData(stream, _session, callback) {
			simpleParser(stream)
				.then((mail) => {
					messages.push(mail);
					callback();
				})
				.catch(callback);
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.server.address() as AddressInfo;
	return {
		url: `smtp://127.0.0.1:${port}`,
		messages,
		close: () => new Promise((resolve) => server.close(() => resolve()))
	};
}
