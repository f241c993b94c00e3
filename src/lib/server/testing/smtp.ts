// A real SMTP server on loopback for tests: it accepts every message and keeps it, parsed. `answerAfterMs`
// makes it as slow to accept a message as a distant provider; `mostAtOnce` is how many it was receiving at once.
// The mail benchmark uses it with `keep: false`: messages are read and dropped, unparsed, so that parsing
// takes no CPU from the app being measured.
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';

export type TestSmtpServer = {
	url: string;
	messages: ParsedMail[];
	mostAtOnce: () => number;
	close: () => Promise<void>;
};

export async function startTestSmtpServer(
	options: { answerAfterMs?: number; keep?: boolean } = {}
): Promise<TestSmtpServer> {
	const messages: ParsedMail[] = [];
	let receiving = 0;
	let mostAtOnce = 0;
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		// Pooled clients keep connections open; on close, end them instead of waiting 30 s.
		closeTimeout: 100,
		logger: false,
		onData(stream, _session, callback) {
			mostAtOnce = Math.max(mostAtOnce, ++receiving);
			const received =
				options.keep === false
					? new Promise<null>((resolve) => stream.on('end', () => resolve(null)).resume())
					: simpleParser(stream);
			received
				.then(async (mail) => {
					if (options.answerAfterMs) await new Promise((resolve) => setTimeout(resolve, options.answerAfterMs));
					if (mail) messages.push(mail);
					receiving--;
					callback();
				})
				.catch((error: Error) => {
					receiving--;
					callback(error);
				});
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.server.address() as AddressInfo;
	return {
		url: `smtp://127.0.0.1:${port}`,
		messages,
		mostAtOnce: () => mostAtOnce,
		close: () => new Promise((resolve) => server.close(() => resolve()))
	};
}
