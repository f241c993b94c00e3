// Private links and reference codes. A link's token carries 160 random bits and is stored only as its
// SHA-256; a reference code is short enough to read out at the door and is not a secret.
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import { db } from '../db';

export function generateRegistrationToken(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(20));
	return encodeBase32LowerCaseNoPadding(bytes);
}

export function hashRegistrationToken(token: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

// Crockford's alphabet without I, L, O, U: nothing to misread on a badge or over the phone.
const REFERENCE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** "BCS-7K4P-2QXM": 40 random bits, unique by database constraint (a clash is retried). */
export function generateReference(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(8));
	const chars = [...bytes].map((byte) => REFERENCE_ALPHABET[byte % 32]).join('');
	return `BCS-${chars.slice(0, 4)}-${chars.slice(4, 8)}`;
}

/** Reads a reference as people type it: any case, spaces or missing dashes. */
export function normaliseReference(input: string): string {
	const compact = input.toUpperCase().replace(/[^0-9A-Z]/g, '').replace(/^BCS/, '');
	return compact.length === 8 ? `BCS-${compact.slice(0, 4)}-${compact.slice(4)}` : input.trim().toUpperCase();
}

/** A token's shape, checked before any database work: 32 base32 characters. */
export function isWellFormedToken(token: string): boolean {
	return /^[a-z2-7]{32}$/.test(token);
}

/** The registration a private link opens, or null (unknown token, erased registration). */
export async function findRegistrationByToken(token: string) {
	if (!isWellFormedToken(token)) return null;
	const row = await db.registrationToken.findUnique({
		where: { tokenHash: hashRegistrationToken(token) },
		select: { registration: true }
	});
	return row?.registration ?? null;
}
