import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '../db';
import { settings } from '../config';
import { getCurrentEvent } from '../agenda/event';
import { acceptInvitation, createInvitation, revokeInvitation } from '../auth/invitations';
import { createUser } from '../auth/users';
import { TEST_ORIGIN } from '../testing/fixtures';
import { startTestSmtpServer, type TestSmtpServer } from '../testing/smtp';
import { drainOutbox } from './outbox';
import { createMailSender } from './transport';

let smtp: TestSmtpServer;
beforeAll(async () => {
	smtp = await startTestSmtpServer();
});
afterAll(async () => {
	await smtp.close();
});

const unique = () => `${crypto.randomUUID().slice(0, 8)}@invitation-mail.example`;
const sentTo = (email: string) => smtp.messages.filter((message) => JSON.stringify(message.to).includes(email));

async function inviter() {
	const made = await createUser({
		email: unique(),
		name: 'Ada Organizer',
		role: 'admin',
		password: 'a long passphrase here'
	});
	if (!made.ok) throw new Error(made.error);
	return { id: made.user.id, email: made.user.email };
}

async function drain() {
	const send = createMailSender({ ...settings().mail, smtpUrl: smtp.url });
	while ((await drainOutbox(send)).sent > 0);
}

describe('the invitation mail', () => {
	it('goes through the outbox and SMTP with the private link, the role and who invited, then forgets the link', async () => {
		const actor = await inviter();
		const email = unique();
		const created = await createInvitation(actor, { email, name: 'Mei Ho', role: 'editor' }, new Date(), 'en');
		if (!created.ok) throw new Error(created.error);
		const queued = await db.outboxMail.findFirstOrThrow({ where: { invitationId: created.invitation.id } });
		expect(queued).toMatchObject({ kind: 'organizer-invitation', toAddress: email, sentAt: null });

		await drain();
		const [mail, ...more] = sentTo(email);
		expect(more).toHaveLength(0);
		const event = await getCurrentEvent();
		expect(mail?.subject).toBe(`You are invited to organize: ${event.name}`);
		expect(mail?.text).toContain('Dear Mei Ho,');
		expect(mail?.text).toContain(`Ada Organizer invites you to help organize ${event.name}, as Editor.`);
		expect(mail?.text).toContain(`${TEST_ORIGIN}/admin/invite/${created.token}`);
		expect(mail?.text).toMatch(/The link expires on .+ HKT\./);
		expect(mail?.html).toContain(`href="${TEST_ORIGIN}/admin/invite/${created.token}"`);
		const sent = await db.outboxMail.findUniqueOrThrow({ where: { id: queued.id } });
		expect(sent.sentAt).not.toBeNull();
		expect(sent.payload).toBe('{}');
	});

	it('is not sent for an invitation revoked or accepted before the drainer came', async () => {
		const actor = await inviter();
		const revokedEmail = unique();
		const revoked = await createInvitation(actor, { email: revokedEmail, name: 'Revoked', role: 'editor' });
		if (!revoked.ok) throw new Error(revoked.error);
		await revokeInvitation(actor, revoked.invitation.id);
		expect(await db.outboxMail.count({ where: { toAddress: revokedEmail } })).toBe(0);

		const acceptedEmail = unique();
		const accepted = await createInvitation(actor, { email: acceptedEmail, name: 'Quick', role: 'checkin' });
		if (!accepted.ok) throw new Error(accepted.error);
		expect(await acceptInvitation(accepted.token, 'a long passphrase here', null)).toMatchObject({ ok: true });
		await drain();
		expect(sentTo(acceptedEmail)).toHaveLength(0);
		expect(await db.outboxMail.findFirstOrThrow({ where: { toAddress: acceptedEmail } })).toMatchObject({
			sentAt: null,
			payload: '{}'
		});
	});
});
