import { describe, expect, it } from 'vitest';
import { db } from '../db';
import { createTestEvent } from '../testing/fixtures';
import { listChoosableSessions } from './choosable';

describe('the sessions /register offers', () => {
	it("are named in the reader's language, the English marked where no translation exists", async () => {
		const { event, sessionIds } = await createTestEvent({ capacity: null, sessionCapacities: [null, null] });
		await db.session.update({
			where: { id: sessionIds[0]! },
			data: { translations: JSON.stringify({ 'zh-hk': { title: '藥物研發' } }) }
		});
		const sessions = await listChoosableSessions(event.id, 'zh-cn');
		expect(sessions.map(({ title, langOf }) => ({ title, langOf }))).toEqual([
			{ title: '药物研发', langOf: {} },
			{ title: 'Session 1', langOf: { title: 'en' } }
		]);
	});
});
