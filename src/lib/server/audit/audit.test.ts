import { describe, expect, it } from 'vitest';
import { db } from '../db';
import { getCurrentEvent } from '../agenda/event';
import { parseWith } from '../forms';
import { createSpeaker, speakerSchema } from '../admin/speakers';
import { AUDIT_PAGE_SIZE, auditEntry, changedFields, listAuditEntries } from './audit';

describe('the audit log', () => {
	it('records only the fields that changed, dates as ISO text', () => {
		const before: { title: string; startsAt: Date; roomId: number; capacity: number | null } = {
			title: 'A',
			startsAt: new Date('2024-06-24T02:00:00Z'),
			roomId: 1,
			capacity: null
		};
		const after = { title: 'A', startsAt: new Date('2024-06-24T03:00:00Z'), roomId: 1, capacity: 40 };
		expect(changedFields(before, after)).toEqual({
			startsAt: ['2024-06-24T02:00:00.000Z', '2024-06-24T03:00:00.000Z'],
			capacity: [null, 40]
		});
	});

	it('writes nothing when the change it describes fails: both are one transaction', async () => {
		const event = await getCurrentEvent();
		const taken = parseWith(speakerSchema, { name: 'Duplicate Slug', slug: 'clara-chan' });
		if (!taken.ok) throw new Error('form');
		const before = await db.auditEntry.count();
		// The slug check sees clara-chan taken; a racing insert would fail on the unique index instead.
		expect(
			await createSpeaker({ id: null, email: 'audit-test@test.example' }, event.id, taken.data, null)
		).toMatchObject({ ok: false });
		await expect(
			db.$transaction([
				auditEntry(
					{ id: null, email: 'audit-test@test.example' },
					{ action: 'speaker.create', entityType: 'speaker', entityId: 'clara-chan' }
				),
				db.speaker.create({ data: { eventId: event.id, slug: 'clara-chan', name: 'Duplicate' } })
			])
		).rejects.toMatchObject({ code: 'P2002' });
		expect(await db.auditEntry.count()).toBe(before);
	});

	it('lists the newest first, by page, and by kind of record', async () => {
		const actor = { id: null, email: 'audit-list@test.example', ip: '192.0.2.30' };
		for (let i = 0; i < AUDIT_PAGE_SIZE + 2; i++) {
			await auditEntry(actor, { action: 'test.paging', entityType: 'audit-test', entityId: i, summary: `entry ${i}` });
		}
		const first = await listAuditEntries({ entityType: 'audit-test' });
		expect(first.total).toBe(AUDIT_PAGE_SIZE + 2);
		expect(first.pageCount).toBe(2);
		expect(first.entries[0]).toMatchObject({
			summary: `entry ${AUDIT_PAGE_SIZE + 1}`,
			actorEmail: actor.email,
			ip: '192.0.2.30',
			changes: {}
		});
		const second = await listAuditEntries({ entityType: 'audit-test', page: 2 });
		expect(second.entries.map((entry) => entry.summary)).toEqual(['entry 1', 'entry 0']);
	});
});
