import { describe, expect, it } from 'vitest';
import { countChanges, diffProgrammes } from './diff';
import type { SessionSnapshot } from './snapshot';

const session = (id: number, overrides: Partial<SessionSnapshot> = {}): SessionSnapshot => ({
	id,
	slug: `session-${id}`,
	title: `Session ${id}`,
	startsAt: `2024-06-24T0${id}:00:00.000Z`,
	endsAt: `2024-06-24T0${id}:30:00.000Z`,
	roomId: 1,
	room: 'Main Hall',
	status: 'scheduled',
	...overrides
});

describe('what changed between two releases', () => {
	it('lists every session as added before the first release', () => {
		expect(diffProgrammes(null, [session(1), session(2)]).map((c) => [c.kind, c.session.id])).toEqual([
			['added', 1],
			['added', 2]
		]);
	});

	it('finds nothing when nothing changed, and a renamed room is no change either', () => {
		expect(diffProgrammes([session(1)], [session(1, { room: 'Grand Hall' })])).toEqual([]);
	});

	it('tells moved (from → to), re-roomed, cancelled, reinstated, retitled, added and removed apart', () => {
		const before = [session(1), session(2), session(3, { status: 'cancelled' }), session(4), session(5), session(6)];
		const after = [
			session(1, { startsAt: '2024-06-24T08:00:00.000Z', endsAt: '2024-06-24T08:45:00.000Z' }),
			session(2, { status: 'cancelled' }),
			session(3),
			session(4, { roomId: 2, room: 'Room B' }),
			session(5, { title: 'Session five' }),
			session(7)
		];
		const changes = diffProgrammes(before, after);
		expect(changes).toEqual([
			{ kind: 'cancelled', session: after[1] },
			{ kind: 'reinstated', session: after[2] },
			{ kind: 're-roomed', session: after[3], from: 'Main Hall', to: 'Room B' },
			{ kind: 'retitled', session: after[4], from: 'Session 5', to: 'Session five' },
			{ kind: 'removed', session: before[5] },
			{ kind: 'added', session: after[5] },
			{
				kind: 'moved',
				session: after[0],
				from: { startsAt: '2024-06-24T01:00:00.000Z', endsAt: '2024-06-24T01:30:00.000Z' },
				to: { startsAt: '2024-06-24T08:00:00.000Z', endsAt: '2024-06-24T08:45:00.000Z' }
			}
		]);
		expect(countChanges(changes)).toEqual({
			moved: 1,
			cancelled: 1,
			reinstated: 1,
			're-roomed': 1,
			retitled: 1,
			added: 1,
			removed: 1
		});
	});

	it('records a session both moved and cancelled as both', () => {
		const after = session(1, {
			status: 'cancelled',
			startsAt: '2024-06-24T02:00:00.000Z',
			endsAt: '2024-06-24T02:30:00.000Z'
		});
		expect(diffProgrammes([session(1)], [after]).map((c) => c.kind)).toEqual(['cancelled', 'moved']);
	});
});
