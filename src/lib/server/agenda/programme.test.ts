import { describe, expect, it } from 'vitest';
import { agendaCalendarFeeds, sessionCalendarLinks } from '../calendar/links';
import { agendaCalendarOffers, type agendaProgramme } from './programme';

type Programme = Awaited<ReturnType<typeof agendaProgramme>>;

const programme = () =>
	[
		[{ slug: 'opening-remarks' }, { slug: 'signing-ceremony' }],
		[{ slug: 'ai', name: 'AI for life sciences' }],
		[]
	] as unknown as Programme;
const event = { name: 'International Bio-Computing Innovation Summit' };
const ORIGIN = 'https://summit.example.org';

describe('agendaCalendarOffers', () => {
	it("offers each session's links and the feeds, as the links module makes them", () => {
		const read = programme();
		const offers = agendaCalendarOffers(read, event, ORIGIN, 'en', '');
		expect(offers.sessionLinks.get('signing-ceremony')).toEqual(sessionCalendarLinks({ slug: 'signing-ceremony' }));
		expect([...offers.sessionLinks.keys()]).toEqual(['opening-remarks', 'signing-ceremony']);
		expect(offers.feeds).toEqual(agendaCalendarFeeds(event, read[1], ORIGIN, 'en', ''));
	});

	it('makes them once per programme read and edition base', () => {
		const read = programme();
		const first = agendaCalendarOffers(read, event, ORIGIN, 'en', '');
		expect(agendaCalendarOffers(read, event, ORIGIN, 'en', '')).toBe(first);
		const pastEdition = agendaCalendarOffers(read, event, ORIGIN, 'en', '/2024');
		expect(pastEdition.sessionLinks.get('opening-remarks')?.ics).toBe('/2024/calendar/sessions/opening-remarks.ics');
		// A new read of the programme (after a change) gets links of its own.
		expect(agendaCalendarOffers(programme(), event, ORIGIN, 'en', '')).not.toBe(first);
	});
});
