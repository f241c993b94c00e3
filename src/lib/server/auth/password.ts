// Password hashing with argon2id at the parameters Lucia recommends (OWASP's minimum: 19 MiB, 2 passes).
import { hash, verify } from '@node-rs/argon2';

const ARGON2_OPTIONS = { memoryCost: 19456, timeCost: 2, outputLen: 32, parallelism: 1 };

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

export function hashPassword(password: string): Promise<string> {
	// @node-rs/argon2 defaults to argon2id.
	return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	try {
		return await verify(passwordHash, password, ARGON2_OPTIONS);
	} catch {
		// A malformed stored hash is a failed sign-in, not a crash.
		return false;
	}
}

let decoyHash: Promise<string> | null = null;

/**
 * A hash to verify against when no account has the email, so a wrong email costs the same argon2 work
 * as a wrong password and the two cannot be told apart by timing.
 */
export function passwordHashForUnknownAccount(): Promise<string> {
	decoyHash ??= hashPassword(crypto.randomUUID());
	return decoyHash;
}
