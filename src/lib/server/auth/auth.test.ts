import { sha256 } from '@oslojs/crypto/sha2';
import { encodeHexLowerCase } from '@oslojs/encoding';
import { describe, expect, it } from 'vitest';
import { db } from '../db';
import { settings } from '../config';
import * as auth from './index';
import { acceptInvitation, createInvitation, findOpenInvitation, revokeInvitation } from './invitations';
import { changePassword, changeRole, createUser, removeUser } from './users';

const unique = () => `${crypto.randomUUID().slice(0, 8)}@auth-test.example`;
const PASSWORD = 'correct horse battery staple';

async function newUser(role: 'admin' | 'editor' | 'checkin' = 'editor', email = unique()) {
	const result = await createUser({ email, name: 'Test Organizer', role, password: PASSWORD });
	if (!result.ok) throw new Error(result.error);
	return result.user;
}

describe('organizer accounts', () => {
	it('stores an argon2id hash, never the password, and the email lower-cased', async () => {
		const email = unique();
		const user = await newUser('editor', `  ${email.toUpperCase()} `);
		expect(user.email).toBe(email);
		const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
		expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
		expect(row.passwordHash).not.toContain(PASSWORD);
	});

	it('refuses a second account with the same email, whatever its case, and short passwords', async () => {
		const email = unique();
		await newUser('editor', email);
		expect(await createUser({ email: email.toUpperCase(), name: 'Again', role: 'admin', password: PASSWORD })).toEqual({
			ok: false,
			error: 'email-taken'
		});
		expect(await createUser({ email: unique(), name: 'Short', role: 'admin', password: 'elevenchars' })).toEqual({
			ok: false,
			error: 'too-short'
		});
	});
});

describe('sessions, the Lucia way', () => {
	it('keys the session by the SHA-256 of the token and finds the user from the token', async () => {
		const user = await newUser();
		const token = auth.generateSessionToken();
		expect(token).toMatch(/^[A-Za-z0-9_-]{24}$/);
		const session = await auth.createSession(token, user.id);
		expect(session.id).toBe(encodeHexLowerCase(sha256(new TextEncoder().encode(token))));
		expect(await db.authSession.findUnique({ where: { id: token } })).toBeNull();

		const validated = await auth.validateSessionToken(token);
		expect(validated.user).toEqual({ id: user.id, email: user.email, name: 'Test Organizer', role: 'editor' });
		expect(validated.session?.id).toBe(session.id);
		expect((await auth.validateSessionToken(auth.generateSessionToken())).user).toBeNull();
	});

	it('extends a session used in the second half of its life, and ends an expired one', async () => {
		const user = await newUser();
		const lifetime = settings().auth.sessionLifetimeMs;
		const ageing = auth.generateSessionToken();
		const id = (await auth.createSession(ageing, user.id)).id;
		await db.authSession.update({ where: { id }, data: { expiresAt: new Date(Date.now() + lifetime / 4) } });
		const renewed = await auth.validateSessionToken(ageing);
		expect(renewed.session!.expiresAt.getTime()).toBeGreaterThan(Date.now() + lifetime - 60_000);

		const expired = auth.generateSessionToken();
		const expiredId = (await auth.createSession(expired, user.id)).id;
		await db.authSession.update({ where: { id: expiredId }, data: { expiresAt: new Date(Date.now() - 1000) } });
		expect(await auth.validateSessionToken(expired)).toEqual({ session: null, user: null });
		expect(await db.authSession.findUnique({ where: { id: expiredId } })).toBeNull();
	});

	it('signing out ends that session only', async () => {
		const user = await newUser();
		const [a, b] = [auth.generateSessionToken(), auth.generateSessionToken()];
		const sessionA = await auth.createSession(a, user.id);
		await auth.createSession(b, user.id);
		await auth.invalidateSession(sessionA.id);
		expect((await auth.validateSessionToken(a)).user).toBeNull();
		expect((await auth.validateSessionToken(b)).user?.id).toBe(user.id);
	});

	it('a password change ends every other session of the user and is audited', async () => {
		const user = await newUser();
		const here = auth.generateSessionToken();
		const elsewhere = auth.generateSessionToken();
		const current = await auth.createSession(here, user.id);
		await auth.createSession(elsewhere, user.id);
		const actor = { id: user.id, email: user.email, ip: '192.0.2.1' };

		expect(
			await changePassword(actor, {
				currentPassword: 'not it at all',
				newPassword: 'a brand new passphrase',
				keepSessionId: current.id
			})
		).toEqual({
			ok: false,
			error: 'wrong-password'
		});
		expect((await auth.validateSessionToken(elsewhere)).user).not.toBeNull();

		expect(
			await changePassword(actor, {
				currentPassword: PASSWORD,
				newPassword: 'a brand new passphrase',
				keepSessionId: current.id
			})
		).toEqual({ ok: true });
		expect((await auth.validateSessionToken(here)).user?.id).toBe(user.id);
		expect((await auth.validateSessionToken(elsewhere)).user).toBeNull();
		const entry = await db.auditEntry.findFirstOrThrow({ where: { actorId: user.id, action: 'user.change-password' } });
		expect(entry.ip).toBe('192.0.2.1');
	});
});

describe('roles and removal', () => {
	it('keeps at least one admin, and removing a user ends their sessions', async () => {
		// Only this file's admins exist in the shared database unless other tests add some: make the
		// count known by demoting nobody but our own.
		const admin = await newUser('admin');
		const other = await newUser('admin');
		const actor = { id: admin.id, email: admin.email };
		expect(await changeRole(actor, other.id, 'editor')).toEqual({ ok: true });
		expect(await removeUser(actor, admin.id)).toEqual({ ok: false, error: 'self' });

		const token = auth.generateSessionToken();
		await auth.createSession(token, other.id);
		expect(await removeUser(actor, other.id)).toEqual({ ok: true });
		expect((await auth.validateSessionToken(token)).user).toBeNull();
		const entries = await db.auditEntry.findMany({ where: { actorId: admin.id }, orderBy: { id: 'asc' } });
		expect(entries.map((e) => e.action)).toEqual(['user.change-role', 'user.remove']);
		expect(JSON.parse(entries[0]!.changes)).toEqual({ role: ['admin', 'editor'] });

		const admins = await db.user.findMany({ where: { role: 'admin' } });
		if (admins.length === 1)
			expect(await changeRole(actor, admin.id, 'editor')).toEqual({ ok: false, error: 'last-admin' });
	});
});

describe('invitations', () => {
	it('an invitee sets a password once and becomes an organizer with the role given', async () => {
		const admin = await newUser('admin');
		const email = unique();
		const created = await createInvitation(
			{ id: admin.id, email: admin.email },
			{ email, name: 'Door Staff', role: 'checkin' }
		);
		if (!created.ok) throw new Error(created.error);
		const stored = await db.invitation.findFirstOrThrow({ where: { email } });
		expect(stored.tokenHash).not.toBe(created.token);
		expect(await findOpenInvitation(created.token)).toMatchObject({ email, role: 'checkin' });

		expect(await acceptInvitation(created.token, 'short', null)).toEqual({ ok: false, error: 'too-short' });
		const accepted = await acceptInvitation(created.token, PASSWORD, '198.51.100.7');
		expect(accepted).toMatchObject({ ok: true, user: { email, name: 'Door Staff', role: 'checkin' } });
		expect(await acceptInvitation(created.token, PASSWORD, null)).toEqual({ ok: false, error: 'invalid-invitation' });
		expect(
			await createInvitation({ id: admin.id, email: admin.email }, { email, name: 'Again', role: 'admin' })
		).toEqual({ ok: false, error: 'email-taken' });
	});

	it('expired and revoked invitations do not work', async () => {
		const admin = await newUser('admin');
		const actor = { id: admin.id, email: admin.email };
		const late = await createInvitation(
			actor,
			{ email: unique(), name: 'Late', role: 'editor' },
			new Date(Date.now() - settings().auth.invitationLifetimeMs - 1000)
		);
		if (!late.ok) throw new Error(late.error);
		expect(await acceptInvitation(late.token, PASSWORD, null)).toEqual({ ok: false, error: 'invalid-invitation' });

		const revoked = await createInvitation(actor, { email: unique(), name: 'Revoked', role: 'editor' });
		if (!revoked.ok) throw new Error(revoked.error);
		expect(await revokeInvitation(actor, revoked.invitation.id)).toBe(true);
		expect(await acceptInvitation(revoked.token, PASSWORD, null)).toEqual({ ok: false, error: 'invalid-invitation' });
	});
});
