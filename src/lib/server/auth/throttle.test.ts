import { describe, expect, it } from 'vitest';
import { db } from '../db';
import { settings } from '../config';
import { signIn } from './login';
import { createUser } from './users';

const PASSWORD = 'correct horse battery staple';
const unique = () => `${crypto.randomUUID().slice(0, 8)}@throttle-test.example`;
const ip = () => `203.0.113.${Math.floor(Math.random() * 250) + 1}-${crypto.randomUUID().slice(0, 4)}`;

async function organizer() {
	const email = unique();
	const result = await createUser({ email, name: 'Throttle Test', role: 'editor', password: PASSWORD });
	if (!result.ok) throw new Error(result.error);
	return email;
}

describe('signing in', () => {
	it('answers a wrong email exactly like a wrong password', async () => {
		const email = await organizer();
		const address = ip();
		expect(await signIn({ email, password: 'wrong password here', ip: address })).toEqual({ ok: false, reason: 'invalid' });
		expect(await signIn({ email: unique(), password: PASSWORD, ip: address })).toEqual({ ok: false, reason: 'invalid' });
		expect(await signIn({ email: email.toUpperCase(), password: PASSWORD, ip: address })).toMatchObject({ ok: true, user: { email } });
	});

	it('takes as long for a wrong email as for a wrong password (both check an argon2 hash)', async () => {
		// Without the decoy hash a wrong email would answer in well under a millisecond, against tens of
		// milliseconds for argon2: the bounds are loose because other work shares the machine.
		const accounts = await Promise.all([0, 1, 2, 3, 4].map(() => organizer()));
		const timed = async (attempt: () => Promise<unknown>) => {
			const started = performance.now();
			await attempt();
			return performance.now() - started;
		};
		const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
		await signIn({ email: unique(), password: PASSWORD, ip: ip() });
		const wrongPassword: number[] = [];
		const wrongEmail: number[] = [];
		for (const email of accounts) {
			wrongPassword.push(await timed(() => signIn({ email, password: 'not the right one', ip: ip() })));
			wrongEmail.push(await timed(() => signIn({ email: unique(), password: PASSWORD, ip: ip() })));
		}
		const ratio = median(wrongEmail) / median(wrongPassword);
		expect(ratio).toBeGreaterThan(1 / 3);
		expect(ratio).toBeLessThan(3);
	});

	it('refuses an account after 5 failures in 15 minutes, even with the right password, from any address', async () => {
		const { maxFailuresPerAccount, throttleWindowMs } = settings().auth;
		expect([maxFailuresPerAccount, throttleWindowMs]).toEqual([5, 15 * 60_000]);
		const email = await organizer();
		const start = new Date();
		for (let i = 0; i < 5; i++) {
			expect(await signIn({ email, password: 'guess number ' + i, ip: ip() }, new Date(start.getTime() + i * 1000))).toEqual({ ok: false, reason: 'invalid' });
		}
		const refused = await signIn({ email, password: PASSWORD, ip: ip() }, new Date(start.getTime() + 10_000));
		expect(refused).toEqual({ ok: false, reason: 'throttled', retryAfterSeconds: 15 * 60 - 10 });
		// Refused attempts do not extend the lock-out; after the window the right password works.
		await signIn({ email, password: PASSWORD, ip: ip() }, new Date(start.getTime() + 60_000));
		expect(await signIn({ email, password: PASSWORD, ip: ip() }, new Date(start.getTime() + throttleWindowMs + 1000))).toMatchObject({ ok: true });
		expect(await db.loginAttempt.count({ where: { scope: 'account', key: email } })).toBe(0);
	});

	it('refuses an address after 20 failures across accounts, known or not', async () => {
		const address = ip();
		for (let i = 0; i < 20; i++) {
			expect(await signIn({ email: unique(), password: 'spray attempt', ip: address })).toEqual({ ok: false, reason: 'invalid' });
		}
		const email = await organizer();
		expect(await signIn({ email, password: PASSWORD, ip: address })).toMatchObject({ ok: false, reason: 'throttled' });
		expect(await signIn({ email, password: PASSWORD, ip: ip() })).toMatchObject({ ok: true });
	});

	it('counts parallel guesses: a burst cannot slip under the limit', async () => {
		const email = await organizer();
		const results = await Promise.all(Array.from({ length: 12 }, (_, i) => signIn({ email, password: `parallel ${i}`, ip: ip() })));
		const checked = results.filter((result) => !result.ok && result.reason === 'invalid').length;
		expect(checked).toBeLessThanOrEqual(5);
		expect(results.filter((result) => !result.ok && result.reason === 'throttled').length).toBeGreaterThanOrEqual(7);
	});
});
