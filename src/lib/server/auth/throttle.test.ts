import { describe, expect, it } from 'vitest';
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
		expect(await signIn({ email, password: 'wrong password here', ip: address })).toEqual({
			ok: false,
			reason: 'invalid'
		});
		expect(await signIn({ email: unique(), password: PASSWORD, ip: address })).toEqual({
			ok: false,
			reason: 'invalid'
		});
		expect(await signIn({ email: email.toUpperCase(), password: PASSWORD, ip: address })).toMatchObject({
			ok: true,
			user: { email }
		});
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

	it('refuses a guessing address after 5 failures at one account for 15 minutes, even with the right password', async () => {
		const { maxFailuresPerAccountAndIp, throttleWindowMs } = settings().auth;
		expect([maxFailuresPerAccountAndIp, throttleWindowMs]).toEqual([5, 15 * 60_000]);
		const email = await organizer();
		const guesser = ip();
		const start = new Date();
		const at = (ms: number) => new Date(start.getTime() + ms);
		for (let i = 0; i < 5; i++) {
			expect(await signIn({ email, password: 'guess number ' + i, ip: guesser }, at(i * 1000))).toEqual({
				ok: false,
				reason: 'invalid'
			});
		}
		expect(await signIn({ email, password: PASSWORD, ip: guesser }, at(10_000))).toEqual({
			ok: false,
			reason: 'throttled',
			retryAfterSeconds: 15 * 60 - 10
		});
		// Refused attempts do not extend the lock-out; once the first failure has left the window, the right password works.
		expect(await signIn({ email, password: PASSWORD, ip: guesser }, at(60_000))).toMatchObject({ reason: 'throttled' });
		expect(await signIn({ email, password: PASSWORD, ip: guesser }, at(throttleWindowMs + 500))).toMatchObject({
			ok: true
		});
		// Signing in forgives that address its failures at the account: the 4 still in the window no longer count.
		for (let i = 0; i < 5; i++) {
			expect(await signIn({ email, password: 'typo ' + i, ip: guesser }, at(throttleWindowMs + 1000 + i))).toEqual({
				ok: false,
				reason: 'invalid'
			});
		}
	});

	it('lets the owner in at once from a clean address while a guesser is refused, and keeps refusing the guesser', async () => {
		const email = await organizer();
		const guesser = ip();
		for (let i = 0; i < 5; i++)
			expect(await signIn({ email, password: 'guess number ' + i, ip: guesser })).toEqual({
				ok: false,
				reason: 'invalid'
			});
		expect(await signIn({ email, password: PASSWORD, ip: guesser })).toMatchObject({ ok: false, reason: 'throttled' });

		expect(await signIn({ email, password: PASSWORD, ip: ip() })).toMatchObject({ ok: true, user: { email } });
		// The owner's sign-in clears the owner's own counts, not the guesser's.
		expect(await signIn({ email, password: 'guess number 6', ip: guesser })).toMatchObject({
			ok: false,
			reason: 'throttled'
		});
	});

	it('one address cannot lock other accounts for other addresses', async () => {
		const accounts = await Promise.all([0, 1, 2, 3].map(() => organizer()));
		const guesser = ip();
		for (const email of accounts) {
			for (let i = 0; i < 5; i++)
				expect(await signIn({ email, password: 'spray ' + i, ip: guesser })).toEqual({ ok: false, reason: 'invalid' });
		}
		for (const email of accounts) {
			expect(await signIn({ email, password: PASSWORD, ip: guesser })).toMatchObject({
				ok: false,
				reason: 'throttled'
			});
			expect(await signIn({ email, password: PASSWORD, ip: ip() })).toMatchObject({ ok: true, user: { email } });
		}
	});

	it('refuses an address after 20 failures across accounts, known or not', async () => {
		const address = ip();
		for (let i = 0; i < 20; i++) {
			expect(await signIn({ email: unique(), password: 'spray attempt', ip: address })).toEqual({
				ok: false,
				reason: 'invalid'
			});
		}
		const email = await organizer();
		expect(await signIn({ email, password: PASSWORD, ip: address })).toMatchObject({ ok: false, reason: 'throttled' });
		expect(await signIn({ email, password: PASSWORD, ip: ip() })).toMatchObject({ ok: true });
	});

	it('stops many addresses guessing one account at the ceiling of 50, but lets in an address that has not failed at it', async () => {
		const { maxFailuresPerAccountAllIps, throttleWindowMs } = settings().auth;
		expect(maxFailuresPerAccountAllIps).toBe(50);
		const email = await organizer();
		const start = new Date();
		const at = (ms: number) => new Date(start.getTime() + ms);
		// 25 addresses, 2 guesses each: every one stays under its own limit of 5, together they reach 50.
		const guessers = Array.from({ length: 25 }, () => ip());
		for (const [i, guesser] of guessers.entries()) {
			for (const round of [0, 1]) {
				expect(
					await signIn({ email, password: `guess ${i}.${round}`, ip: guesser }, at((2 * i + round) * 1000))
				).toEqual({ ok: false, reason: 'invalid' });
			}
		}
		for (const guesser of [guessers[0]!, guessers[24]!]) {
			// Free when the oldest of the 50 leaves the window (before the guesser's own failures do).
			expect(await signIn({ email, password: PASSWORD, ip: guesser }, at(60_000))).toEqual({
				ok: false,
				reason: 'throttled',
				retryAfterSeconds: throttleWindowMs / 1000 - 60
			});
		}
		// An address that failed elsewhere but never at this account is not held by the ceiling.
		const elsewhere = ip();
		expect(await signIn({ email: unique(), password: 'wrong account', ip: elsewhere }, at(61_000))).toEqual({
			ok: false,
			reason: 'invalid'
		});
		expect(await signIn({ email, password: PASSWORD, ip: elsewhere }, at(62_000))).toMatchObject({ ok: true });
		expect(await signIn({ email, password: PASSWORD, ip: ip() }, at(63_000))).toMatchObject({ ok: true });
		// Those sign-ins did not lift the ceiling for the guessers.
		expect(await signIn({ email, password: PASSWORD, ip: guessers[12]! }, at(64_000))).toMatchObject({
			ok: false,
			reason: 'throttled'
		});
	}, 120_000); // 53 argon2 checks on a shared machine

	it('counts parallel guesses from one address: a burst cannot slip under the limit', async () => {
		const email = await organizer();
		const guesser = ip();
		const results = await Promise.all(
			Array.from({ length: 12 }, (_, i) => signIn({ email, password: `parallel ${i}`, ip: guesser }))
		);
		const checked = results.filter((result) => !result.ok && result.reason === 'invalid').length;
		expect(checked).toBeLessThanOrEqual(5);
		expect(results.filter((result) => !result.ok && result.reason === 'throttled').length).toBeGreaterThanOrEqual(7);
	});
});
