// What the home page tells: the stories and figures, the quotes and who said them.
import { db } from '../db';

export function listHighlights(eventId: number) {
	return db.highlight.findMany({ where: { eventId }, orderBy: [{ position: 'asc' }, { id: 'asc' }] });
}

export function listQuotes(eventId: number) {
	return db.quote.findMany({
		where: { eventId },
		orderBy: [{ position: 'asc' }, { id: 'asc' }],
		include: {
			speaker: {
				select: {
					slug: true,
					name: true,
					honorific: true,
					roleTitle: true,
					organisation: { select: { shortName: true } }
				}
			}
		}
	});
}
