// Sessions the Lucia way (lucia-auth.com, as `sv add lucia` scaffolds them): a random token lives only in
// the browser's cookie; the database keeps the SHA-256 (hex) of it as the session id, so a leaked table
// cannot be replayed. Sliding expiry: a session used in the second half of its life is extended.
// Relative imports only: scripts/admin-create.ts loads the auth modules through tsx.
import type { RequestEvent } from '@sveltejs/kit';
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase64url, encodeHexLowerCase } from '@oslojs/encoding';
import { db } from '../db';
import { settings } from '../config';
import { organizerCookiePaths } from './cookie-paths';

export const sessionCookieName = 'auth-session';
// Only the organizer area needs the cookie, in each of its languages: public pages never receive it and
// stay cacheable.
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export function generateSessionToken(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(18));
	return encodeBase64url(bytes);
}

export function sessionIdFromToken(token: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

export async function createSession(token: string, userId: number) {
	const session = {
		id: sessionIdFromToken(token),
		userId,
		expiresAt: new Date(Date.now() + settings().auth.sessionLifetimeMs)
	};
	await db.authSession.create({ data: session });
	return session;
}

export async function validateSessionToken(token: string) {
	const sessionId = sessionIdFromToken(token);
	const result = await db.authSession.findUnique({
		where: { id: sessionId },
		select: {
			id: true,
			userId: true,
			expiresAt: true,
			user: { select: { id: true, email: true, name: true, role: true } }
		}
	});
	if (!result) return { session: null, user: null };
	const { user, ...session } = result;

	if (Date.now() >= session.expiresAt.getTime()) {
		await db.authSession.deleteMany({ where: { id: session.id } });
		return { session: null, user: null };
	}

	const lifetime = settings().auth.sessionLifetimeMs;
	if (Date.now() >= session.expiresAt.getTime() - lifetime / 2) {
		session.expiresAt = new Date(Date.now() + lifetime);
		await db.authSession.updateMany({ where: { id: session.id }, data: { expiresAt: session.expiresAt } });
	}

	return { session, user };
}

export type SessionValidationResult = Awaited<ReturnType<typeof validateSessionToken>>;

export async function invalidateSession(sessionId: string): Promise<void> {
	await db.authSession.deleteMany({ where: { id: sessionId } });
}

export function setSessionTokenCookie(event: RequestEvent, token: string, expiresAt: Date): void {
	for (const path of organizerCookiePaths())
		event.cookies.set(sessionCookieName, token, {
			expires: expiresAt,
			path,
			httpOnly: true,
			sameSite: 'lax',
			// Browsers drop Secure cookies sent over plain http; only a loopback address may do without.
			secure: !LOOPBACK_HOSTS.has(event.url.hostname)
		});
}

export function deleteSessionTokenCookie(event: RequestEvent): void {
	for (const path of organizerCookiePaths()) event.cookies.delete(sessionCookieName, { path });
}
