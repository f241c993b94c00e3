import { afterAll, describe, expect, it } from 'vitest';
import { db } from '../db';
import { parseWith } from '../forms';
import { fieldErrors } from '$lib/i18n/form-errors';
import { trackWords } from '$lib/i18n/form-words';
import { createTestEvent } from '../testing/fixtures';
import { tracks as seededTracks } from '../../../../prisma/seed/summit-2024';
import { AA_CONTRAST, contrastRatio } from './contrast';
import { moved } from './ordering';
import { createTrack, deleteTrack, moveTrack, trackSchema, updateTrack, type TrackInput } from './tracks';

const actor = { id: null, email: 'tracks-test@test.example', ip: '192.0.2.11' };
const events: number[] = [];

async function testEvent() {
	const { event, sessionIds } = await createTestEvent({ capacity: null, sessionCapacities: [null, null] });
	events.push(event.id);
	return { eventId: event.id, sessionIds };
}

function input(overrides: Record<string, unknown> = {}): TrackInput {
	const parsed = parseWith(trackSchema, { name: 'Green technology', color: '#2f6b1f', ...overrides });
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
	return parsed.data;
}

afterAll(async () => {
	await db.event.deleteMany({ where: { id: { in: events } } });
});

describe('track colours', () => {
	it('measures contrast as WCAG does', () => {
		expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
		expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
		// The lightest grey that passes AA on white, and the darkest that does not.
		expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(AA_CONTRAST);
		expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(AA_CONTRAST);
	});

	it('accepts the seeded colours and refuses a light one, saying its contrast and the minimum', () => {
		for (const track of seededTracks)
			expect(parseWith(trackSchema, { name: track.name, color: track.color }).ok).toBe(true);
		const light = parseWith(trackSchema, { name: 'Sunny', color: '#F4C145' });
		expect(light).toEqual({ ok: false, problems: { color: { code: 'low-contrast', ratio: 1.6, min: 4.5 } } });
		expect(light.ok ? null : fieldErrors(light.problems, trackWords)).toEqual({
			color:
				'This colour has a contrast of only 1.6:1 with white; choose a darker colour, with at least 4.5:1 (WCAG AA)'
		});
		expect(parseWith(trackSchema, { name: 'X', color: 'teal' })).toEqual({
			ok: false,
			problems: { color: { code: 'invalid' } }
		});
		expect(parseWith(trackSchema, { name: '', color: '#0B6E69' })).toEqual({
			ok: false,
			problems: { name: { code: 'required' } }
		});
		expect(input({ color: '#0B6E69' }).color).toBe('#0b6e69');
	});
});

describe('keeping tracks', () => {
	it('adds a track at the end, audited; a clashing web address is refused and nothing is written', async () => {
		const { eventId } = await testEvent();
		const first = await createTrack(actor, eventId, input());
		const second = await createTrack(actor, eventId, input({ name: 'Human health', color: '#8a3b12' }));
		if (!first.ok || !second.ok) throw new Error('not created');
		expect([first.track.slug, first.track.position, second.track.slug, second.track.position]).toEqual([
			'green-technology',
			0,
			'human-health',
			1
		]);
		const entry = await db.auditEntry.findFirstOrThrow({ where: { action: 'track.create', entityId: 'human-health' } });
		expect(JSON.parse(entry.changes)).toMatchObject({ name: 'Human health', color: '#8a3b12', position: 1 });

		const audited = await db.auditEntry.count();
		const clash = await createTrack(actor, eventId, input({ name: 'Other', slug: 'human-health' }));
		expect(clash).toEqual({ ok: false, problems: { slug: { code: 'taken' } } });
		expect(await db.track.count({ where: { eventId } })).toBe(2);
		expect(await db.auditEntry.count()).toBe(audited);
	});

	it('saves a change with the fields that changed in the audit log', async () => {
		const { eventId } = await testEvent();
		const created = await createTrack(actor, eventId, input());
		if (!created.ok) throw new Error('not created');
		expect(await updateTrack(actor, eventId, created.track.id, input({ color: '#075450' }))).toEqual({ ok: true });
		const entry = await db.auditEntry.findFirstOrThrow({
			where: { action: 'track.update', entityId: 'green-technology' },
			orderBy: { id: 'desc' }
		});
		expect(JSON.parse(entry.changes)).toEqual({ color: ['#2f6b1f', '#075450'] });
		expect(await updateTrack(actor, eventId + 1_000_000, created.track.id, input())).toMatchObject({
			ok: false,
			notFound: true
		});
	});

	it('refuses to delete a track that sessions use, naming them, and deletes it once none does', async () => {
		const { eventId, sessionIds } = await testEvent();
		const created = await createTrack(actor, eventId, input());
		if (!created.ok) throw new Error('not created');
		await db.session.updateMany({ where: { id: { in: sessionIds } }, data: { trackId: created.track.id } });

		expect(await deleteTrack(actor, eventId, created.track.id)).toEqual({
			ok: false,
			error: 'in-use',
			name: 'Green technology',
			sessions: ['Session 0', 'Session 1']
		});
		expect(await db.track.count({ where: { id: created.track.id } })).toBe(1);
		expect(await db.auditEntry.count({ where: { action: 'track.delete', entityId: 'green-technology' } })).toBe(0);

		await db.session.updateMany({ where: { id: { in: sessionIds } }, data: { trackId: null } });
		expect(await deleteTrack(actor, eventId, created.track.id)).toEqual({ ok: true, name: 'Green technology' });
		expect(await db.track.count({ where: { id: created.track.id } })).toBe(0);
		expect(await db.auditEntry.count({ where: { action: 'track.delete', entityId: 'green-technology' } })).toBe(1);
		expect(await deleteTrack(actor, eventId, created.track.id)).toEqual({ ok: false, error: 'not-found' });
	});

	it('moves a track up and down; the audit log has both orders', async () => {
		const { eventId } = await testEvent();
		const ids: number[] = [];
		for (const name of ['A', 'B', 'C']) {
			const result = await createTrack(actor, eventId, input({ name }));
			if (result.ok) ids.push(result.track.id);
		}
		expect(await moveTrack(actor, eventId, ids[2]!, 'up')).toBe(true);
		const order = await db.track.findMany({ where: { eventId }, orderBy: { position: 'asc' }, select: { id: true } });
		expect(order.map((track) => track.id)).toEqual([ids[0], ids[2], ids[1]]);
		const entry = await db.auditEntry.findFirstOrThrow({ where: { action: 'track.reorder' }, orderBy: { id: 'desc' } });
		expect(JSON.parse(entry.changes)).toEqual({ order: [ids.join(','), [ids[0], ids[2], ids[1]].join(',')] });
		expect(await moveTrack(actor, eventId, ids[0]!, 'up')).toBe(true);
		expect(await moveTrack(actor, eventId, 999_999_999, 'down')).toBe(false);
	});
});

describe('moving in a list', () => {
	it('swaps with the neighbour, stays at either end, and knows a missing id', () => {
		expect(moved([1, 2, 3], 2, 'up')).toEqual([2, 1, 3]);
		expect(moved([1, 2, 3], 2, 'down')).toEqual([1, 3, 2]);
		expect(moved([1, 2, 3], 1, 'up')).toEqual([1, 2, 3]);
		expect(moved([1, 2, 3], 3, 'down')).toEqual([1, 2, 3]);
		expect(moved([1, 2, 3], 4, 'up')).toBeNull();
	});
});
