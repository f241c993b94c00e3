import { describe, expect, it } from 'vitest';
import { register } from '../registration/register';
import { attendee, createTestEvent, TEST_ORIGIN } from '../testing/fixtures';
import { registrationCalendarAttachment } from './personal';
import { batchReads } from './programme-reads';

describe("a batch of mails' shared reads", () => {
	it("give each person's calendar file byte for byte as reading it alone does, whichever sessions each chose", async () => {
		const { event, sessionIds } = await createTestEvent({ capacity: null, sessionCapacities: [null, null, null] });
		const people = [];
		for (const [n, chosen] of [[sessionIds[0]!], [sessionIds[1]!, sessionIds[2]!], []].entries()) {
			const result = await register(event.id, attendee(`batch-reads-${event.id}-${n}`, { sessionIds: chosen }));
			if (result.outcome !== 'registered') throw new Error(result.outcome);
			people.push(result.registrationId);
		}
		const shared = batchReads();
		const inBatch = await Promise.all(
			people.map((id) => registrationCalendarAttachment(id, { origin: TEST_ORIGIN, reads: shared }))
		);
		const alone = await Promise.all(people.map((id) => registrationCalendarAttachment(id, { origin: TEST_ORIGIN })));
		expect(inBatch).toEqual(alone);
		expect(alone[0]?.content).toContain('SUMMARY:Session 0');
		expect(alone[0]?.content).not.toContain('SUMMARY:Session 1');
		expect(alone[1]?.content).toContain('SUMMARY:Session 2');
		expect(alone[1]?.content).not.toContain('SUMMARY:Session 0');
		expect(alone[2]).toBeNull();
	});
});
