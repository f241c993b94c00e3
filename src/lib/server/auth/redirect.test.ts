import { describe, expect, it } from 'vitest';
import type { RequestEvent } from '@sveltejs/kit';
import { deleteSessionTokenCookie, sessionCookieName, setSessionTokenCookie } from './index';
import { safeRedirectTarget } from './redirect';

describe('after signing in', () => {
	it('goes back only to an organizer page of this site', () => {
		const origin = 'https://summit.example.org';
		expect(safeRedirectTarget('/admin/speakers?page=2', origin)).toBe('/admin/speakers?page=2');
		expect(safeRedirectTarget('/admin', origin)).toBe('/admin');
		for (const target of [
			'https://evil.example/admin',
			'//evil.example/admin',
			'/agenda',
			'/administrator',
			'/admin/login',
			'/admin/logout',
			'javascript:alert(1)',
			'',
			null
		]) {
			expect(safeRedirectTarget(target, origin), String(target)).toBeNull();
		}
	});
});

describe('the session cookie', () => {
	function fakeEvent(url: string) {
		const set: { name: string; value: string; options: Record<string, unknown> }[] = [];
		const event = {
			url: new URL(url),
			cookies: {
				set: (name: string, value: string, options: Record<string, unknown>) => set.push({ name, value, options }),
				delete: (name: string, options: Record<string, unknown>) => set.push({ name, value: '', options })
			}
		} as unknown as RequestEvent;
		return { event, set };
	}

	it('is HttpOnly, SameSite=Lax, for the organizer area in each language only, and Secure but on a loopback address', () => {
		const expiresAt = new Date('2030-01-01T00:00:00Z');
		const production = fakeEvent('https://summit.example.org/admin/login');
		setSessionTokenCookie(production.event, 'token', expiresAt);
		expect(production.set).toEqual(
			['/admin', '/zh-hk/admin', '/zh-cn/admin'].map((path) => ({
				name: sessionCookieName,
				value: 'token',
				options: { expires: expiresAt, path, httpOnly: true, sameSite: 'lax', secure: true }
			}))
		);
		const plainHttp = fakeEvent('http://summit.example.org/admin/login');
		setSessionTokenCookie(plainHttp.event, 'token', expiresAt);
		expect(plainHttp.set[0]!.options.secure).toBe(true);
		for (const local of ['http://localhost:3000/admin', 'http://127.0.0.1:4173/admin', 'http://[::1]:3000/admin']) {
			const { event, set } = fakeEvent(local);
			setSessionTokenCookie(event, 'token', expiresAt);
			expect(set[0]!.options.secure, local).toBe(false);
		}
		const signOut = fakeEvent('https://summit.example.org/admin');
		deleteSessionTokenCookie(signOut.event);
		expect(signOut.set).toEqual(
			['/admin', '/zh-hk/admin', '/zh-cn/admin'].map((path) => ({ name: 'auth-session', value: '', options: { path } }))
		);
	});
});
