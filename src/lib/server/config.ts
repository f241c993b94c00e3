// Every setting the site reads, parsed once from the environment and validated: a bad value stops the start
// with a message naming the variable. The README's Configuration table lists them all; renaming one keeps
// the old name working (an operator's environment is a contract). Relative imports only: command-line
// scripts load this through tsx.
import { z } from 'zod';
import { DEFAULT_DATABASE_URL } from './db/provider';

type Env = Record<string, string | undefined>;

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/** An unset or empty variable takes the default; anything else must parse. */
const optional = <T extends z.ZodType>(schema: T) =>
	z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema.optional());

const whole = (min = 1) => optional(z.coerce.number().int().min(min));
const count = (fallback: number, min = 1) => whole(min).transform((value) => value ?? fallback);

// The public address: scheme and host (and port), nothing after it, because every absolute URL is built on it.
const publicOrigin = z
	.url({ protocol: /^https?$/, error: 'must be an http:// or https:// address, such as https://summit.example.org' })
	.transform((value) => new URL(value))
	.refine((url) => (url.pathname === '/' || url.pathname === '') && !url.search && !url.hash && !url.username, {
		error: 'must be the bare address, without a path, query or user'
	})
	.transform((url) => url.origin);

const instant = z.string().refine((value) => !Number.isNaN(new Date(value).getTime()), {
	error: 'must be an ISO 8601 instant, such as 2024-06-24T10:15:00+08:00'
});

const envSchema = z.object({
	DATABASE_URL: optional(z.string().trim()).transform((value) => value ?? DEFAULT_DATABASE_URL),
	DATABASE_POOL_SIZE: count(10),
	ORIGIN: optional(publicOrigin),
	PORT: count(3000),
	EVENT_SLUG: optional(z.string().trim()),
	SUMMIT_CLOCK: optional(instant),
	SMTP_URL: optional(z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// address' })),
	MAIL_FROM: optional(z.string().trim()),
	SMTP_CONNECTIONS: count(3),
	MAIL_CLAIM_SECONDS: count(60),
	MAIL_OUTBOX_DIR: optional(z.string()).transform((value) => value ?? './data/outbox'),
	MAIL_RATE_PER_MINUTE: count(0, 0),
	REGISTRATION_RATE_LIMIT: count(20, 0),
	AUTH_SESSION_DAYS: count(7),
	LOGIN_THROTTLE_MINUTES: count(15),
	LOGIN_MAX_FAILURES_PER_ACCOUNT_AND_IP: whole(),
	// The old name of LOGIN_MAX_FAILURES_PER_ACCOUNT_AND_IP, from when one count covered every address.
	LOGIN_MAX_FAILURES_PER_ACCOUNT: whole(),
	LOGIN_MAX_FAILURES_PER_IP: count(20),
	LOGIN_MAX_FAILURES_PER_ACCOUNT_ALL_IPS: count(50),
	INVITATION_DAYS: count(7),
	PHOTO_MAX_MB: optional(z.coerce.number().positive()).transform((value) => value ?? 5)
});

const SITE_NAME = 'International Bio-Computing Innovation Summit';

function settingsFrom(env: z.output<typeof envSchema>) {
	const publicUrl = env.ORIGIN ?? `http://localhost:${env.PORT}`;
	return {
		/** Where people reach the site; every absolute URL (mail, canonical, feeds, sitemap) starts with it. */
		publicUrl,
		/** False when ORIGIN was not set and publicUrl is the local default. */
		publicUrlConfigured: env.ORIGIN !== undefined,
		databaseUrl: env.DATABASE_URL,
		databasePoolSize: env.DATABASE_POOL_SIZE,
		/** Which edition the site presents when several share the database. */
		eventSlug: env.EVENT_SLUG,
		/** Pins "now" for previews and tests. */
		clock: env.SUMMIT_CLOCK ? new Date(env.SUMMIT_CLOCK) : undefined,
		mail: {
			smtpUrl: env.SMTP_URL,
			// The sender's domain is the site's, so replies and bounces reach whoever runs it.
			from: env.MAIL_FROM ?? `${SITE_NAME} <no-reply@${new URL(publicUrl).hostname}>`,
			claimMs: env.MAIL_CLAIM_SECONDS * 1000,
			outboxDir: env.MAIL_OUTBOX_DIR,
			/** Connections to the SMTP server, each carrying one message at a time: a slow server is waited on in parallel. */
			connections: env.SMTP_CONNECTIONS,
			/** Mails sent per minute across every instance, as SMTP providers cap sends (0: no limit). */
			ratePerMinute: env.MAIL_RATE_PER_MINUTE
		},
		registrationRateLimit: env.REGISTRATION_RATE_LIMIT,
		auth: {
			/** Sliding lifetime of a sign-in: it lapses after this long without a request. */
			sessionLifetimeMs: env.AUTH_SESSION_DAYS * DAY_MS,
			/** Failed attempts count against the limits for this long. */
			throttleWindowMs: env.LOGIN_THROTTLE_MINUTES * MINUTE_MS,
			/** Failures at one account from one address before that address is refused for it. */
			maxFailuresPerAccountAndIp: env.LOGIN_MAX_FAILURES_PER_ACCOUNT_AND_IP ?? env.LOGIN_MAX_FAILURES_PER_ACCOUNT ?? 5,
			/** Failures from one address, at any accounts, before it is refused for all. */
			maxFailuresPerIp: env.LOGIN_MAX_FAILURES_PER_IP,
			/** Failures at one account from every address together before the addresses that failed at it are refused. */
			maxFailuresPerAccountAllIps: env.LOGIN_MAX_FAILURES_PER_ACCOUNT_ALL_IPS,
			invitationLifetimeMs: env.INVITATION_DAYS * DAY_MS
		},
		photoMaxBytes: env.PHOTO_MAX_MB * 1024 * 1024
	};
}

export type Settings = ReturnType<typeof settingsFrom>;

export type SettingsResult = { ok: true; settings: Settings } | { ok: false; problems: string[] };

/** Pure: tests pass their own environment. */
export function parseSettings(env: Env): SettingsResult {
	const result = envSchema.safeParse(env);
	if (!result.success) {
		const problems = result.error.issues.map((issue) => {
			const name = String(issue.path[0]);
			return `${name}=${JSON.stringify(env[name] ?? '')} ${issue.message}`;
		});
		return { ok: false, problems };
	}
	return { ok: true, settings: settingsFrom(result.data) };
}

let current: Settings | undefined;

/** The process's settings, parsed on first use; throws, naming every bad variable, when one is invalid. */
export function settings(): Settings {
	if (current) return current;
	const result = parseSettings(process.env);
	if (!result.ok)
		throw new Error(`Invalid settings:\n  ${result.problems.join('\n  ')}\nSee the Configuration table in README.md.`);
	current = result.settings;
	return current;
}

/** Warnings about settings that work but are probably not what the operator meant. */
export function settingsWarnings(given: Settings): string[] {
	const warnings: string[] = [];
	if (given.eventSlug) {
		warnings.push(
			`EVENT_SLUG is set (${given.eventSlug}): the site presents that edition, whichever one an admin publishes at /admin/editions. Remove it to let them choose.`
		);
	}
	const sender = /@([^>\s]+)>?\s*$/.exec(given.mail.from)?.[1]?.toLowerCase();
	if (given.mail.smtpUrl && (sender === 'localhost' || sender?.endsWith('.localhost') || sender === '127.0.0.1')) {
		warnings.push(
			`SMTP_URL is set but mail goes out from ${given.mail.from}: most servers refuse or bin that. Set MAIL_FROM or ORIGIN.`
		);
	}
	return warnings;
}
