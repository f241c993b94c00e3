import { describe, expect, it } from 'vitest';
import { db } from '../db';
import { createTestEvent } from '../testing/fixtures';
import { filterSessions, NO_FILTERS } from './filters';
import { listSessions } from './sessions';

// The agenda's search, over sessions as the database holds them: English columns and organizers' Chinese.
describe('searching the agenda in every language', () => {
	it('finds the same session with a Traditional query, the same query in Simplified, and English', async () => {
		const { event, sessionIds } = await createTestEvent({ capacity: null, sessionCapacities: [null, null] });
		const organisation = await db.organisation.create({
			data: {
				slug: `search-org-${event.id}`,
				name: 'Example Biotech',
				shortName: 'EB',
				translations: JSON.stringify({ 'zh-hk': { name: '範例生物科技' } })
			}
		});
		const speaker = await db.speaker.create({
			data: { eventId: event.id, slug: 'speaker', name: 'Ada Example', organisationId: organisation.id }
		});
		await db.session.update({
			where: { id: sessionIds[0]! },
			data: {
				title: 'Drug discovery',
				translations: JSON.stringify({ 'zh-hk': { title: '藥物研發' } }),
				speakers: { create: { speakerId: speaker.id } }
			}
		});
		const search = async (q: string, locale: 'en' | 'zh-hk' | 'zh-cn') =>
			filterSessions(await listSessions(event.id, locale), { ...NO_FILTERS, q }).map((s) => s.slug);
		for (const locale of ['en', 'zh-hk', 'zh-cn'] as const) {
			expect(await search('藥物', locale)).toEqual(['session-0']);
			expect(await search('药物', locale)).toEqual(['session-0']);
			expect(await search('DRUG discovery', locale)).toEqual(['session-0']);
			expect(await search('范例生物', locale)).toEqual(['session-0']);
			expect(await search('ada example', locale)).toEqual(['session-0']);
			expect(await search('基因', locale)).toEqual([]);
		}
		const [session] = await listSessions(event.id, 'zh-cn');
		expect(session?.title).toBe('药物研发');
		expect(session?.speakers[0]).toMatchObject({ name: 'Ada Example', organisation: '范例生物科技' });
		expect(session?.speakers[0]?.langOf).toEqual({ name: 'en' });
	});
});
