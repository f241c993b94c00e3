// Private links, their calendar feed tokens and reference codes. A link's token carries 160 random bits
// and is stored only as its SHA-256; a reference code is short enough to read out at the door and is not
// a secret. Hashes are node:crypto's: every registration takes three, in native code several times faster.
import { createHash, createHmac } from 'node:crypto';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import { db } from '../db';

export function generateRegistrationToken(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(20));
	return encodeBase32LowerCaseNoPadding(bytes);
}

export function hashRegistrationToken(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}

/** Fixed for good: the feed URLs in people's calendars are made with it. */
const CALENDAR_FEED_LABEL = 'bio-computing summit: personal calendar feed';

/**
 * The read-only token of a private link's calendar feed: HMAC-SHA256 keyed by the link's token over a
 * fixed label, cut to 160 bits and written like a link token. One way: the feed URL gets shared (calendar
 * apps show it, people pass calendars on) and tells nothing about the link that manages the registration,
 * while the link gives the same feed token on every visit, so nothing secret is stored for it.
 */
export function calendarFeedToken(linkToken: string): string {
	return encodeBase32LowerCaseNoPadding(
		createHmac('sha256', linkToken).update(CALENDAR_FEED_LABEL).digest().subarray(0, 20)
	);
}

/**
 * A link's calendar feed token, given the feed token hash its row holds (`undefined`: no such row). A link
 * issued before feed tokens existed has none: it is recorded now, so the feed finds it.
 */
export async function feedTokenOfLink(
	linkToken: string,
	tokenHash: string,
	recordedHash: string | null | undefined
): Promise<string> {
	const feedToken = calendarFeedToken(linkToken);
	if (recordedHash === null) {
		await db.registrationToken.updateMany({
			where: { tokenHash, feedTokenHash: null },
			data: { feedTokenHash: hashRegistrationToken(feedToken) }
		});
	}
	return feedToken;
}

/**
 * The feed token of a private link. Every feed URL handed out (/my through openPrivatePage, the
 * confirmation mail, an old feed URL's redirect) comes from feedTokenOfLink.
 */
export async function issueCalendarFeedToken(linkToken: string): Promise<string> {
	const tokenHash = hashRegistrationToken(linkToken);
	// Read for every confirmation mail of a rush: one plain statement.
	const [row] = await db.$queryRaw<{ feedTokenHash: string | null }[]>`
		SELECT "feedTokenHash" FROM "RegistrationToken" WHERE "tokenHash" = ${tokenHash}`;
	return feedTokenOfLink(linkToken, tokenHash, row?.feedTokenHash);
}

// Crockford's alphabet without I, L, O, U: nothing to misread on a badge or over the phone.
// checkin/reference.ts reads a typed reference by the same alphabet.
export const REFERENCE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const REFERENCE_PREFIX = 'BCS';

/** "BCS-7K4P-2QXM": 40 random bits, unique by database constraint (a clash is retried). */
export function generateReference(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(8));
	const chars = [...bytes].map((byte) => REFERENCE_ALPHABET[byte % 32]).join('');
	return `${REFERENCE_PREFIX}-${chars.slice(0, 4)}-${chars.slice(4, 8)}`;
}

/** A link's or a feed's token shape, checked before any database work: 32 base32 characters. */
export function isWellFormedToken(token: string): boolean {
	return /^[a-z2-7]{32}$/.test(token);
}

/** The registration a private link opens, or null (unknown token, erased registration; never a feed token). */
export async function findRegistrationByToken(token: string) {
	if (!isWellFormedToken(token)) return null;
	const row = await db.registrationToken.findUnique({
		where: { tokenHash: hashRegistrationToken(token) },
		select: { registration: true }
	});
	return row?.registration ?? null;
}
