// Where mail goes: an SMTP server (SMTP_URL, e.g. smtp://user:pass@smtp.example.org:587), or, with none
// configured, .eml files in an outbox folder (MAIL_OUTBOX_DIR, default ./data/outbox) whose paths are logged.
import nodemailer from 'nodemailer';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { settings } from '../config';

/**
 * A file sent with the mail. An inline one (an image the HTML shows as `<img src="cid:...">`) carries its
 * Content-ID and `contentDisposition: 'inline'`; nodemailer then puts it beside the HTML in a
 * multipart/related part, over SMTP and in the .eml files alike.
 */
export type MailAttachment = {
	filename: string;
	content: string | Buffer;
	contentType: string;
	cid?: string;
	contentDisposition?: 'attachment' | 'inline';
};

export type MailMessage = {
	to: string;
	subject: string;
	text: string;
	html: string;
	attachments?: MailAttachment[];
};

export type MailDelivery = { via: 'smtp'; messageId: string } | { via: 'file'; path: string };

/**
 * Sends one message; `close` ends pooled connections (at shutdown). `connections`: how many messages it
 * can have on their way at once (the SMTP pool's size); the outbox keeps that many going (1 if unset).
 */
export type MailSender = ((message: MailMessage) => Promise<MailDelivery>) & {
	close?: () => void;
	connections?: number;
};

export type MailSettings = { smtpUrl?: string; from: string; outboxDir: string; connections?: number };

/**
 * On every mail. RFC 3834: a message no person sent is marked auto-generated, so vacation responders and
 * mailing-list software do not answer it (no reply loops, no "out of office" to the sender).
 */
export const AUTOMATIC_MAIL_HEADERS: Record<string, string> = { 'Auto-Submitted': 'auto-generated' };

export function createMailSender(mail: MailSettings = settings().mail): MailSender {
	const { from } = mail;
	const defaults = { from, headers: AUTOMATIC_MAIL_HEADERS };
	if (mail.smtpUrl) {
		// Pooled: a busy outbox reuses connections instead of opening one per mail.
		// SMTP_CONNECTIONS gives the number (config.ts); a sender made without one sends one at a time.
		const connections = mail.connections ?? 1;
		const transport = nodemailer.createTransport({ url: mail.smtpUrl, pool: true, maxConnections: connections });
		const send: MailSender = async (message) => {
			const info = await transport.sendMail({ ...defaults, ...message });
			return { via: 'smtp', messageId: info.messageId };
		};
		return Object.assign(send, { close: () => transport.close(), connections });
	}
	const folder = resolve(mail.outboxDir);
	const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
	return async (message) => {
		const info = await transport.sendMail({ ...defaults, ...message });
		const path = join(
			folder,
			`${new Date().toISOString().replace(/[:.]/g, '-')}-${info.messageId.replace(/[^a-zA-Z0-9]/g, '')}.eml`
		);
		const write = () => writeFile(path, info.message as Buffer);
		// The folder is made when a write finds none: on the first mail (a site that sends none gets none),
		// and again if it was removed.
		await write().catch(async (error: unknown) => {
			if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
			await mkdir(folder, { recursive: true });
			await write();
		});
		console.log(`Mail to ${message.to} written to ${path} (set SMTP_URL to send it).`);
		return { via: 'file', path };
	};
}
