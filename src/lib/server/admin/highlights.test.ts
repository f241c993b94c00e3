import { afterAll, describe, expect, it } from 'vitest';
import { db } from '../db';
import { parseWith } from '../forms';
import { fieldErrors } from '$lib/i18n/form-errors';
import { highlightWords } from '$lib/i18n/form-words';
import { listHighlights } from '../agenda/home';
import { createTestEvent } from '../testing/fixtures';
import {
	createHighlight,
	deleteHighlight,
	highlightSchema,
	moveHighlight,
	updateHighlight,
	type HighlightInput
} from './highlights';

const actor = { id: null, email: 'highlights-test@test.example', ip: '192.0.2.13' };
const events: number[] = [];

async function testEvent() {
	const { event } = await createTestEvent({ capacity: null });
	events.push(event.id);
	return event.id;
}

function input(overrides: Record<string, unknown> = {}): HighlightInput {
	const parsed = parseWith(highlightSchema, { title: 'BioMap InnoHub', body: 'An innovation centre.', ...overrides });
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
	return parsed.data;
}

afterAll(async () => {
	await db.event.deleteMany({ where: { id: { in: events } } });
});

describe('the highlight form', () => {
	it('wants a figure and its label together, or neither', () => {
		const bad = parseWith(highlightSchema, { title: 'T', body: 'B', figure: '4' });
		expect(bad).toEqual({ ok: false, problems: { figureLabel: { code: 'required' } } });
		expect(bad.ok ? null : fieldErrors(bad.problems, highlightWords)).toEqual({
			figureLabel: 'Enter what the figure counts, or clear the figure'
		});
		expect(parseWith(highlightSchema, { title: 'T', body: 'B', figureLabel: 'hubs' })).toEqual({
			ok: false,
			problems: { figure: { code: 'required' } }
		});
		expect(parseWith(highlightSchema, { title: '', body: '' })).toEqual({
			ok: false,
			problems: { title: { code: 'required' }, body: { code: 'required' } }
		});
	});
});

describe('keeping highlights', () => {
	it('adds, edits, orders and deletes highlights as the home page lists them, each audited', async () => {
		const eventId = await testEvent();
		const first = await createHighlight(actor, eventId, input({ figure: '4', figureLabel: 'focus areas' }));
		const second = await createHighlight(actor, eventId, input({ title: 'A partnership', body: 'Signed.' }));
		expect((await listHighlights(eventId)).map((h) => [h.title, h.figure, h.figureLabel])).toEqual([
			['BioMap InnoHub', '4', 'focus areas'],
			['A partnership', null, null]
		]);

		await updateHighlight(actor, eventId, first.highlight.id, input());
		const update = await db.auditEntry.findFirstOrThrow({
			where: { action: 'highlight.update', entityId: first.highlight.key },
			orderBy: { id: 'desc' }
		});
		expect(JSON.parse(update.changes)).toEqual({ figure: ['4', null], figureLabel: ['focus areas', null] });

		expect(await moveHighlight(actor, eventId, second.highlight.id, 'up')).toBe(true);
		expect((await listHighlights(eventId)).map((h) => h.title)).toEqual(['A partnership', 'BioMap InnoHub']);

		expect(await deleteHighlight(actor, eventId, first.highlight.id)).toEqual({ ok: true, title: 'BioMap InnoHub' });
		expect((await listHighlights(eventId)).map((h) => h.title)).toEqual(['A partnership']);
		expect(await db.auditEntry.count({ where: { action: 'highlight.delete', entityId: first.highlight.key } })).toBe(1);
		expect(await deleteHighlight(actor, eventId, first.highlight.id)).toEqual({ ok: false });
	});
});
