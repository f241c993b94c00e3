import { describe, expect, it } from 'vitest';
import { db } from '../db';
import { getCurrentEvent } from '../agenda/event';
import { listSpeakersForAdmin, moveSpeaker } from '../admin/speakers';
import { auditFieldLabel, auditSentence, auditValueText } from '$lib/i18n/audit';
import { SUMMIT_TIME_ZONE } from '$lib/time';
import { auditEntry, changedFields, listAuditEntries, type AuditRecord, type AuditValue } from './audit';
import { describeAuditEntries, speakerMove } from './describe';

const actor = { id: null, email: 'audit-words@test.example', ip: '192.0.2.7' };
const HKT = SUMMIT_TIME_ZONE;

/** Writes one entry and reads it back as the audit page shows it. */
async function written(record: AuditRecord) {
	const entry = await auditEntry(actor, record);
	const [described] = await describeAuditEntries(
		(await listAuditEntries()).entries.filter((listed) => listed.id === entry.id)
	);
	return described!;
}

describe('the audit log in words', () => {
	it('says a moved session as a move between times in HKT', async () => {
		const entry = await written({
			action: 'session.update',
			entityType: 'session',
			entityId: 'opening',
			summary: 'Opening remarks',
			changes: changedFields(
				{ startsAt: new Date('2024-06-24T03:20:00Z'), capacity: 40 },
				{ startsAt: new Date('2024-06-24T03:30:00Z'), capacity: 40 }
			)
		});
		expect(auditSentence(entry, HKT)).toBe('Moved “Opening remarks” from 11:20 to 11:30 HKT.');
		expect(entry.fields).toEqual([
			{ field: 'startsAt', before: '2024-06-24T03:20:00.000Z', after: '2024-06-24T03:30:00.000Z' }
		]);
		expect(auditFieldLabel('startsAt')).toBe('Starts');
		expect(auditValueText('startsAt', '2024-06-24T03:30:00.000Z', HKT)).toBe('Mon 24 Jun 11:30 HKT');
	});

	it('names the rooms, tracks and sessions an entry stores by id', async () => {
		const event = await getCurrentEvent();
		const [first, second] = await db.room.findMany({ where: { eventId: event.id }, orderBy: { id: 'asc' }, take: 2 });
		const session = await db.session.findFirstOrThrow({ where: { eventId: event.id }, orderBy: { id: 'asc' } });
		const moved = await written({
			action: 'session.update',
			entityType: 'session',
			summary: session.title,
			changes: { roomId: [first!.id, second!.id] }
		});
		expect(moved.fields).toEqual([{ field: 'roomId', before: first!.name, after: second!.name }]);
		expect(auditSentence(moved, HKT)).toBe(`Edited the session “${session.title}”.`);
		const added = await written({
			action: 'registration.add',
			entityType: 'registration',
			entityId: 'BCS-7K4P-2QXM',
			summary: 'Chan Tai Man',
			changes: { sessions: `${session.id},999999` }
		});
		expect(added.fields).toEqual([{ field: 'sessions', after: `${session.title}, #999999` }]);
		expect(auditSentence(added, HKT)).toBe('Added the registration of Chan Tai Man (BCS-7K4P-2QXM).');
	});

	it('says which speaker moved in the order, by name', async () => {
		const event = await getCurrentEvent();
		const before = await listSpeakersForAdmin(event.id);
		await moveSpeaker(actor, event.id, before[1]!.id, 'up');
		const { entries } = await listAuditEntries({ entityType: 'speaker' });
		const [entry] = await describeAuditEntries(entries.filter((listed) => listed.action === 'speaker.reorder'));
		expect(auditSentence(entry!, HKT)).toBe(
			`Moved ${before[1]!.name} to place 1 of ${before.length} in the speakers’ order.`
		);
		expect(String(entry!.fields[0]!.before)).toContain(before[0]!.name);
		expect(String(entry!.fields[0]!.after).startsWith(`${before[1]!.name}, ${before[0]!.name}`)).toBe(true);
		await moveSpeaker(actor, event.id, before[1]!.id, 'down');
	});

	it('finds the one speaker a reorder moved', () => {
		expect(speakerMove([1, 2, 3, 4], [1, 4, 2, 3])).toEqual({ id: 4, place: 2 });
		expect(speakerMove([1, 2, 3, 4], [2, 1, 3, 4])).toEqual({ id: 2, place: 1 });
		expect(speakerMove([1, 2, 3, 4], [2, 1, 4, 3])).toBeNull();
	});

	it('has a sentence for every action the site records, and a readable one for any other', () => {
		const entry = (action: string, changes: Record<string, AuditValue | [AuditValue, AuditValue]> = {}) => ({
			action,
			entityType: action.split('.')[0]!,
			entityId: 'BCS-7K4P-2QXM',
			summary: 'Subject',
			moved: null,
			fields: Object.entries(changes).map(([field, value]) =>
				Array.isArray(value) ? { field, before: value[0], after: value[1] } : { field, after: value }
			)
		});
		const sentences = {
			'session.create': 'Added the session “Subject”.',
			'session.update': 'Edited the session “Subject”.',
			'session.cancel': 'Cancelled the session “Subject” (its attendees hear of it with the next release).',
			'session.reinstate': 'Reinstated the session “Subject” (its attendees hear of it with the next release).',
			'session.delete': 'Deleted the session “Subject”.',
			'speaker.create': 'Added the speaker Subject.',
			'speaker.update': 'Edited the speaker Subject.',
			'speaker.delete': 'Deleted the speaker Subject.',
			'speaker.reorder': 'Put the speakers in a new order.',
			'registration.add': 'Added the registration of Subject (BCS-7K4P-2QXM).',
			'registration.cancel': 'Cancelled the registration of Subject (BCS-7K4P-2QXM).',
			'registration.promote': 'Gave Subject (BCS-7K4P-2QXM) a seat ahead of the waitlist.',
			'registration.promote-waitlist': 'Gave Subject (BCS-7K4P-2QXM) a seat from the waitlist.',
			'registration.check-in': 'Checked in Subject (BCS-7K4P-2QXM).',
			'registration.undo-check-in': 'Undid the check-in of Subject (BCS-7K4P-2QXM).',
			'user.revoke-invitation': 'Withdrew the invitation of Subject (BCS-7K4P-2QXM).',
			'user.accept-invitation': 'Subject accepted the invitation and now has an account.',
			'user.change-password': 'Subject changed their password.',
			'user.remove': 'Removed the account of Subject.',
			'auth.sign-in': 'Signed in.',
			'auth.sign-out': 'Signed out.'
		};
		for (const [action, sentence] of Object.entries(sentences))
			expect(auditSentence(entry(action), HKT), action).toBe(sentence);
		expect(auditSentence({ ...entry('registration.export'), summary: '12' }, HKT)).toBe(
			'Downloaded the registrations as a spreadsheet: 12 in all.'
		);
		expect(auditSentence({ ...entry('user.invite', { role: 'editor' }), entityId: 'ho@example.org' }, HKT)).toBe(
			'Invited Subject (ho@example.org) as Editor.'
		);
		expect(auditSentence(entry('user.change-role', { role: ['editor', 'admin'] }), HKT)).toBe(
			'Changed the role of Subject from Editor to Admin.'
		);
		// Entries written when each cancellation mailed its attendees.
		expect(auditSentence(entry('session.cancel', { attendeesTold: 3 }), HKT)).toBe(
			'Cancelled the session “Subject” and told its attendees (3).'
		);
		expect(auditSentence({ ...entry('schedule.release', { notices: 4 }), entityId: '1.1' }, HKT)).toBe(
			'Released the programme as version 1.1 and queued 4 change notices.'
		);
		expect(auditSentence(entry('event.publish'), HKT)).toBe('Recorded “event.publish” for event “Subject”.');
	});
});
