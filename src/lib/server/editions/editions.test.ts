import { isRedirect } from '@sveltejs/kit';
import { afterAll, describe, expect, it } from 'vitest';
import { reroute } from '../../../hooks';
import { splitEditionPath } from '$lib/edition-path';
import { db } from '../db';
import { getCurrentEvent } from '../agenda/event';
import { commitContentChange } from '../cache/content-version';
import { getSessionCalendar, getSummitCalendar } from '../calendar/calendars';
import { parseCalendar } from '../testing/ical';
import { isCacheableRequest } from '../cache/cacheable';
import { parseWith } from '../forms';
import { createNextEdition, nextEditionSchema } from './create';
import { editionOfPage, editionYear, listPastEditions, pastEditionWithSession, resolveEdition } from './editions';
import { publishEdition } from './publish';

const actor = { id: null, email: 'editions-test@test.example', ip: '192.0.2.21' };
const origin = 'http://summit.test';
const page = (path: string) => new URL(path, origin);
const made: number[] = [];

afterAll(async () => {
	// The seeded edition is current again for the files that run after this one.
	const seeded = await db.event.findUniqueOrThrow({ where: { slug: 'biocomputing-summit-2024' } });
	await commitContentChange([db.currentEdition.update({ where: { id: 1 }, data: { eventId: seeded.id } })]);
	await db.event.deleteMany({ where: { id: { in: made } } });
});

describe('edition paths', () => {
	it('takes a year or a preview prefix off the path, and leaves other paths alone', () => {
		expect(splitEditionPath('/2024/agenda')).toEqual({ year: 2024, previewId: null, path: '/agenda' });
		expect(splitEditionPath('/2024')).toEqual({ year: 2024, previewId: null, path: '/' });
		expect(splitEditionPath('/admin/editions/7/preview/speakers/ada')).toEqual({
			year: null,
			previewId: 7,
			path: '/speakers/ada'
		});
		expect(splitEditionPath('/agenda/2024')).toEqual({ year: null, previewId: null, path: '/agenda/2024' });
		expect(splitEditionPath('/20245/agenda')).toEqual({ year: null, previewId: null, path: '/20245/agenda' });
		expect(splitEditionPath('/admin/editions/7')).toEqual({ year: null, previewId: null, path: '/admin/editions/7' });
	});

	it('routes /<year>/… to the same pages as the unprefixed URL', () => {
		const route = (path: string) => reroute({ url: page(path), fetch } as Parameters<typeof reroute>[0]);
		expect(route('/2024/agenda')).toBe('/agenda');
		expect(route('/2024/calendar/summit.ics')).toBe('/calendar/summit.ics');
		expect(route('/calendar/sessions/x.ics')).toBe('/calendar/sessions/x.ics');
		expect(route('/admin/editions/3/preview/')).toBe('/');
	});

	it("keeps a past edition's pages in the page cache, not its register page", () => {
		const cacheable = (path: string) => isCacheableRequest(new Request(page(path)), page(path).pathname);
		expect(['/2024', '/2024/agenda', '/2024/agenda/opening', '/2024/speakers/ada'].map(cacheable)).toEqual([
			true,
			true,
			true,
			true
		]);
		expect(['/2024/register', '/admin/editions/3/preview/agenda', '/2024/calendar/summit.ics'].map(cacheable)).toEqual([
			false,
			false,
			false
		]);
	});

	it('dates an edition by its first day in its own time zone', () => {
		// 00:30 on 1 January 2025 in Hong Kong is still 31 December 2024 in UTC.
		expect(editionYear({ startsAt: new Date('2024-12-31T16:30:00Z'), timeZone: 'Asia/Hong_Kong' })).toBe(2025);
		expect(editionYear({ startsAt: new Date('2024-12-31T16:30:00Z'), timeZone: 'UTC' })).toBe(2024);
	});
});

describe('publishing the next edition', () => {
	it('keeps the draft from the public, then makes it current while /2024/ keeps the 2024 programme and its UIDs', async () => {
		const seeded = await getCurrentEvent();
		expect(seeded.slug).toBe('biocomputing-summit-2024');
		const uidsBefore = parseCalendar((await getSummitCalendar(origin, 'en')).body).events.map((event) => event.uid);
		expect(uidsBefore.length).toBeGreaterThan(5);

		const parsed = parseWith(nextEditionSchema, {
			name: 'Summit 2025',
			slug: 'biocomputing-summit-2025',
			startsAt: '2025-06-24T09:00',
			endsAt: '2025-06-24T18:00'
		});
		if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
		const created = await createNextEdition(actor, seeded, parsed.data);
		if (!created.ok) throw new Error(JSON.stringify(created.problems));
		made.push(created.edition.id);
		const draftId = created.edition.id;

		// A draft: no page for the public, a preview for organizers.
		expect(await resolveEdition(page('/2025/agenda'), { organizer: true })).toBeNull();
		expect(await resolveEdition(page(`/admin/editions/${draftId}/preview/agenda`), { organizer: false })).toBeNull();
		expect(await resolveEdition(page(`/admin/editions/${draftId}/preview/agenda`), { organizer: true })).toMatchObject({
			event: { id: draftId },
			base: `/admin/editions/${draftId}/preview`,
			isDraft: true,
			isCurrent: false
		});
		expect((await resolveEdition(page('/agenda'), { organizer: false }))?.event.id).toBe(seeded.id);
		// /2024/… is the current edition's while it is current: one address per page.
		const redirected = await editionOfPage(page('/2024/agenda?track=ai')).catch((thrown: unknown) => thrown);
		expect(isRedirect(redirected) && [redirected.status, redirected.location]).toEqual([308, '/agenda?track=ai']);

		const published = await publishEdition(actor, draftId);
		expect(published.ok).toBe(true);
		expect(await db.currentEdition.findUniqueOrThrow({ where: { id: 1 } })).toMatchObject({ eventId: draftId });
		expect(await db.event.findUniqueOrThrow({ where: { id: draftId } })).toMatchObject({ status: 'published' });
		expect(
			await db.auditEntry.count({ where: { action: 'edition.publish', entityId: 'biocomputing-summit-2025' } })
		).toBe(1);
		expect(await publishEdition(actor, draftId)).toEqual({ ok: false, error: 'already-current' });

		// Unprefixed URLs now mean 2025; /2024/ still serves 2024, read-only, with the same UIDs.
		expect((await getCurrentEvent()).id).toBe(draftId);
		expect((await editionOfPage(page('/agenda'))).event.id).toBe(draftId);
		const past = await editionOfPage(page('/2024/agenda'));
		expect(past).toMatchObject({ event: { id: seeded.id }, base: '/2024', isCurrent: false, year: 2024 });
		const pastFile = await getSummitCalendar(origin, 'en', past);
		const pastCalendar = parseCalendar(pastFile.body);
		expect(pastCalendar.events.map((event) => event.uid)).toEqual(uidsBefore);
		expect(pastFile.body).toContain(`${origin}/2024/agenda/hkic-biomap-signing-ceremony`);
		expect(parseCalendar((await getSummitCalendar(origin, 'en')).body).events).toEqual([]);

		// A 2024 session's old unprefixed calendar URL still answers with its own file.
		expect((await pastEditionWithSession('hkic-biomap-signing-ceremony', draftId))?.base).toBe('/2024');
		const signing = await db.session.findFirstOrThrow({
			where: { eventId: seeded.id, slug: 'hkic-biomap-signing-ceremony' }
		});
		const oldLink = await getSessionCalendar(
			'hkic-biomap-signing-ceremony',
			origin,
			'en',
			await editionOfPage(page('/calendar/sessions/hkic-biomap-signing-ceremony.ics'))
		);
		expect(parseCalendar(oldLink!.body).events.map((event) => event.uid)).toEqual([
			`session-${signing.id}@biocomputing-summit-2024`
		]);
		expect(uidsBefore).toContain(`session-${signing.id}@biocomputing-summit-2024`);
		expect(await getSessionCalendar('no-such-session', origin, 'en')).toBeNull();

		const pastEditions = (await listPastEditions()).map((edition) => [edition.event.slug, edition.base]);
		expect(pastEditions).toContainEqual(['biocomputing-summit-2024', '/2024']);
		expect(pastEditions.map(([slug]) => slug)).not.toContain('biocomputing-summit-2025');
	});
});
