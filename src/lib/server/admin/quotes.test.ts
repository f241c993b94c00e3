import { afterAll, describe, expect, it } from 'vitest';
import { db } from '../db';
import { parseWith } from '../forms';
import { fieldErrors } from '$lib/i18n/form-errors';
import { quoteWords } from '$lib/i18n/form-words';
import { listQuotes } from '../agenda/home';
import { createTestEvent } from '../testing/fixtures';
import { createQuote, deleteQuote, moveQuote, quoteSchema, updateQuote, type QuoteInput } from './quotes';

const actor = { id: null, email: 'quotes-test@test.example', ip: '192.0.2.14' };
const events: number[] = [];
// Typographic quotation marks inside the words: kept exactly as typed.
const WORDS = 'We should seize the ‘first mover advantage’.';

async function eventWithSpeaker(name: string) {
	const { event } = await createTestEvent({ capacity: null });
	events.push(event.id);
	const speaker = await db.speaker.create({ data: { eventId: event.id, slug: 'clara-chan', name } });
	return { eventId: event.id, speakerId: speaker.id };
}

function input(overrides: Record<string, unknown>): QuoteInput {
	const parsed = parseWith(quoteSchema, { text: WORDS, ...overrides });
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
	return parsed.data;
}

afterAll(async () => {
	await db.event.deleteMany({ where: { id: { in: events } } });
});

describe('keeping quotes', () => {
	it('keeps the exact words, the speaker and where they were said, audited', async () => {
		const { eventId, speakerId } = await eventWithSpeaker('Clara Chan');
		const result = await createQuote(
			actor,
			eventId,
			input({ speakerId: String(speakerId), source: 'at the signing ceremony' })
		);
		if (!result.ok) throw new Error(JSON.stringify(result.problems));
		expect(await listQuotes(eventId)).toMatchObject([
			{
				said: { text: WORDS, lang: undefined },
				translation: null,
				source: 'at the signing ceremony',
				speaker: { slug: 'clara-chan', name: 'Clara Chan' }
			}
		]);
		const entry = await db.auditEntry.findFirstOrThrow({
			where: { action: 'quote.create', entityId: result.quote.key }
		});
		expect(JSON.parse(entry.changes)).toMatchObject({
			text: WORDS,
			source: 'at the signing ceremony',
			speaker: 'Clara Chan'
		});

		await updateQuote(
			actor,
			eventId,
			result.quote.id,
			input({ speakerId: String(speakerId), source: 'in the press release' })
		);
		const update = await db.auditEntry.findFirstOrThrow({ where: { action: 'quote.update' }, orderBy: { id: 'desc' } });
		expect(JSON.parse(update.changes)).toEqual({ source: ['at the signing ceremony', 'in the press release'] });
	});

	it('refuses a speaker of another edition or none, and writes nothing', async () => {
		const { eventId } = await eventWithSpeaker('Clara Chan');
		const other = await eventWithSpeaker('Someone Else');
		const audited = await db.auditEntry.count();
		expect(await createQuote(actor, eventId, input({ speakerId: String(other.speakerId) }))).toEqual({
			ok: false,
			problems: { speakerId: { code: 'invalid' } }
		});
		expect(await db.quote.count({ where: { eventId } })).toBe(0);
		expect(await db.auditEntry.count()).toBe(audited);

		const none = parseWith(quoteSchema, { speakerId: '', text: '  ' });
		expect(none).toEqual({ ok: false, problems: { speakerId: { code: 'required' }, text: { code: 'required' } } });
		expect(none.ok ? null : fieldErrors(none.problems, quoteWords)).toEqual({
			speakerId: 'Select the speaker who said it',
			text: 'Enter the words that were said'
		});
	});

	it('orders and deletes quotes', async () => {
		const { eventId, speakerId } = await eventWithSpeaker('Clara Chan');
		const first = await createQuote(actor, eventId, input({ speakerId: String(speakerId), text: 'One.' }));
		const second = await createQuote(actor, eventId, input({ speakerId: String(speakerId), text: 'Two.' }));
		if (!first.ok || !second.ok) throw new Error('not created');
		expect(await moveQuote(actor, eventId, first.quote.id, 'down')).toBe(true);
		expect((await listQuotes(eventId)).map((quote) => quote.said.text)).toEqual(['Two.', 'One.']);
		expect(await deleteQuote(actor, eventId, second.quote.id)).toEqual({ ok: true, speaker: 'Clara Chan' });
		expect((await listQuotes(eventId)).map((quote) => quote.said.text)).toEqual(['One.']);
	});
});

describe('a quote in another language', () => {
	it('keeps the words in the language said, with an organizer translation shown labelled beside them', async () => {
		const { eventId, speakerId } = await eventWithSpeaker('Clara Chan');
		const created = await createQuote(
			actor,
			eventId,
			input({ speakerId: String(speakerId), language: 'en', 'text:zh-hk': '我們應把握先行者優勢。' })
		);
		if (!created.ok) throw new Error('not created');
		const [onChinesePage] = await listQuotes(eventId, 'zh-hk');
		expect(onChinesePage).toMatchObject({
			said: { text: WORDS, lang: 'en' },
			translation: { text: '我們應把握先行者優勢。', lang: undefined }
		});
		const [onEnglishPage] = await listQuotes(eventId, 'en');
		expect(onEnglishPage).toMatchObject({ said: { text: WORDS, lang: undefined }, translation: null });
		const audit = await db.auditEntry.findFirstOrThrow({
			where: { action: 'quote.create', entityId: created.quote.key }
		});
		expect(JSON.parse(audit.changes)).toMatchObject({ language: 'en' });
	});

	it('refuses a "translation" into the language the words were said in', () => {
		const parsed = parseWith(quoteSchema, { speakerId: '1', text: WORDS, language: 'en', 'text:en': 'Other words.' });
		expect(parsed.ok).toBe(false);
		if (parsed.ok) return;
		expect(fieldErrors(parsed.problems, quoteWords)).toEqual({
			'text:en': 'Leave empty the translation into the language the words were said in: the words themselves show in it'
		});
	});
});
