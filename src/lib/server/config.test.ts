import { describe, expect, it } from 'vitest';
import { parseSettings, settingsWarnings, type Settings } from './config';

function parsed(env: Record<string, string>): Settings {
	const result = parseSettings(env);
	if (!result.ok) throw new Error(result.problems.join('; '));
	return result.settings;
}

describe('settings from the environment', () => {
	it('gives every setting its documented default when nothing is set', () => {
		const settings = parsed({});
		expect(settings).toMatchObject({
			publicUrl: 'http://localhost:3000',
			publicUrlConfigured: false,
			databaseUrl: 'file:./data/summit.db',
			databasePoolSize: 10,
			registrationRateLimit: 20,
			photoMaxBytes: 5 * 1024 * 1024,
			mail: {
				from: 'International Bio-Computing Innovation Summit <no-reply@localhost>',
				claimMs: 60_000,
				outboxDir: './data/outbox'
			},
			auth: {
				sessionLifetimeMs: 7 * 86_400_000,
				throttleWindowMs: 15 * 60_000,
				maxFailuresPerAccountAndIp: 5,
				maxFailuresPerIp: 20,
				maxFailuresPerAccountAllIps: 50
			}
		});
		expect(settings.clock).toBeUndefined();
	});

	it('takes the public address from ORIGIN, and the sender domain from it', () => {
		const settings = parsed({ ORIGIN: 'https://summit.example.org/', PORT: '8080' });
		expect(settings.publicUrl).toBe('https://summit.example.org');
		expect(settings.publicUrlConfigured).toBe(true);
		expect(settings.mail.from).toBe('International Bio-Computing Innovation Summit <no-reply@summit.example.org>');
	});

	it('defaults the public address to localhost on the configured port', () => {
		expect(parsed({ PORT: '8080' }).publicUrl).toBe('http://localhost:8080');
	});

	it('reads numbers, the clock and limits', () => {
		const settings = parsed({
			LOGIN_MAX_FAILURES_PER_ACCOUNT_AND_IP: '3',
			LOGIN_MAX_FAILURES_PER_ACCOUNT_ALL_IPS: '30',
			LOGIN_THROTTLE_MINUTES: '60',
			AUTH_SESSION_DAYS: '1',
			REGISTRATION_RATE_LIMIT: '0',
			SUMMIT_CLOCK: '2024-06-24T10:15:00+08:00',
			PHOTO_MAX_MB: '2.5'
		});
		expect(settings.auth).toMatchObject({
			maxFailuresPerAccountAndIp: 3,
			maxFailuresPerAccountAllIps: 30,
			throttleWindowMs: 3_600_000,
			sessionLifetimeMs: 86_400_000
		});
		expect(settings.registrationRateLimit).toBe(0);
		expect(settings.clock?.toISOString()).toBe('2024-06-24T02:15:00.000Z');
		expect(settings.photoMaxBytes).toBe(2.5 * 1024 * 1024);
	});

	it('still reads LOGIN_MAX_FAILURES_PER_ACCOUNT, the old name of the limit per account and address', () => {
		expect(parsed({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '3' }).auth).toMatchObject({
			maxFailuresPerAccountAndIp: 3,
			maxFailuresPerAccountAllIps: 50
		});
		expect(
			parsed({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '3', LOGIN_MAX_FAILURES_PER_ACCOUNT_AND_IP: '4' }).auth
				.maxFailuresPerAccountAndIp
		).toBe(4);
	});

	it('treats an empty variable as unset', () => {
		expect(parsed({ ORIGIN: '', DATABASE_URL: ' ', LOGIN_MAX_FAILURES_PER_IP: '' })).toMatchObject({
			publicUrlConfigured: false,
			databaseUrl: 'file:./data/summit.db',
			auth: { maxFailuresPerIp: 20 }
		});
	});

	it('refuses bad values, naming each variable', () => {
		const result = parseSettings({
			ORIGIN: 'summit.example.org',
			LOGIN_MAX_FAILURES_PER_ACCOUNT: 'lots',
			SUMMIT_CLOCK: 'yesterday',
			SMTP_URL: 'http://mail.example.org'
		});
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.problems.map((problem) => problem.split('=')[0])).toEqual([
			'ORIGIN',
			'SUMMIT_CLOCK',
			'SMTP_URL',
			'LOGIN_MAX_FAILURES_PER_ACCOUNT'
		]);
	});

	it('refuses an ORIGIN with a path, which would break every link built on it', () => {
		const result = parseSettings({ ORIGIN: 'https://example.org/summit' });
		expect(result.ok).toBe(false);
	});

	it('warns when mail goes out through SMTP from a localhost sender', () => {
		expect(settingsWarnings(parsed({ SMTP_URL: 'smtp://mail.example.org:587' }))).toHaveLength(1);
		expect(
			settingsWarnings(parsed({ SMTP_URL: 'smtp://mail.example.org:587', ORIGIN: 'https://summit.example.org' }))
		).toEqual([]);
		expect(settingsWarnings(parsed({}))).toEqual([]);
	});
});
