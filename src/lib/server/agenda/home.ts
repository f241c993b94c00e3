// What the home page tells: the stories and figures, the quotes and who said them, in the reader's
// language (quotes in the language they were said, with an organizer's translation beside them).
import { baseLocale, type Locale } from '$lib/paraglide/runtime';
import { db } from '../db';
import { localizeRecord } from '../content/localize';
import { quoteForReader } from '../content/quotes';

export async function listHighlights(eventId: number, locale: Locale = baseLocale) {
	const highlights = await db.highlight.findMany({ where: { eventId }, orderBy: [{ position: 'asc' }, { id: 'asc' }] });
	return highlights.map((highlight) => localizeRecord(highlight, ['title', 'body', 'figureLabel'], locale));
}

export async function listQuotes(eventId: number, locale: Locale = baseLocale) {
	const quotes = await db.quote.findMany({
		where: { eventId },
		orderBy: [{ position: 'asc' }, { id: 'asc' }],
		include: {
			speaker: {
				select: {
					slug: true,
					name: true,
					honorific: true,
					roleTitle: true,
					translations: true,
					organisation: { select: { shortName: true, translations: true } }
				}
			}
		}
	});
	return quotes.map(({ speaker: { organisation, ...speaker }, ...quote }) => ({
		id: quote.id,
		key: quote.key,
		source: quote.source,
		...quoteForReader(quote, locale),
		speaker: {
			...localizeRecord(speaker, ['name', 'honorific', 'roleTitle'], locale),
			organisation: organisation && localizeRecord(organisation, ['shortName'], locale)
		}
	}));
}
