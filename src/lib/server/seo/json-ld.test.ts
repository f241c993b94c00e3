import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { getCurrentEvent, listEventOrganisations } from '../agenda/event';
import { listSessions } from '../agenda/sessions';
import { listSpeakerNames } from '../agenda/speakers';
import { TEST_ORIGIN } from '../testing/fixtures';
import { sessionJsonLd, summitJsonLd, venuePlace, type JsonLdSummit } from './json-ld';

// The shape search engines read (schema.org Event, with what Google's event results require or
// recommend). Strict objects: a misspelt or unexpected property fails as surely as a missing one.
const text = z.string().trim().min(1);
const hongKongTime = z.string().regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/);
const schema = (name: string) => z.literal(`https://schema.org/${name}`);
const place = z.strictObject({
	'@type': z.literal('Place'),
	name: text,
	address: z.strictObject({
		'@type': z.literal('PostalAddress'),
		streetAddress: text.optional(),
		addressLocality: text,
		addressRegion: text.optional(),
		addressCountry: z.string().regex(/^[A-Z]{2}$/)
	}),
	hasMap: z.url().optional()
});
const offer = z.strictObject({
	'@type': z.literal('Offer'),
	price: z.literal(0),
	priceCurrency: z.literal('HKD'),
	availability: z.union([schema('InStock'), schema('SoldOut'), schema('OutOfStock'), schema('Discontinued')]),
	url: z.literal(`${TEST_ORIGIN}/register`),
	validFrom: hongKongTime.optional(),
	validThrough: hongKongTime.optional()
});
const person = z.strictObject({
	'@type': z.literal('Person'),
	name: text,
	url: z.url().startsWith(`${TEST_ORIGIN}/speakers/`)
});
const event = z.strictObject({
	'@context': z.literal('https://schema.org'),
	'@type': z.literal('Event'),
	name: text,
	description: text,
	startDate: hongKongTime,
	endDate: hongKongTime,
	eventStatus: z.union([schema('EventScheduled'), schema('EventCancelled')]),
	eventAttendanceMode: schema('OfflineEventAttendanceMode'),
	location: place,
	url: z.url().startsWith(TEST_ORIGIN),
	image: z.array(z.literal(`${TEST_ORIGIN}/og-image.png`)).length(1),
	isAccessibleForFree: z.literal(true),
	offers: offer,
	organizer: z.strictObject({ '@type': z.literal('Organization'), name: text, url: z.url().optional() }),
	performer: z.array(person).min(1).optional(),
	superEvent: z.strictObject({ '@type': z.literal('Event'), name: text, url: z.literal(`${TEST_ORIGIN}/`) }).optional()
});

/** Every path whose value is empty: '', blank, null, undefined, [] or {}. */
function emptyFields(value: unknown, path = '$'): string[] {
	if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) return [path];
	if (Array.isArray(value))
		return value.length === 0 ? [path] : value.flatMap((item, i) => emptyFields(item, `${path}[${i}]`));
	if (typeof value === 'object') {
		const entries = Object.entries(value);
		return entries.length === 0 ? [path] : entries.flatMap(([key, item]) => emptyFields(item, `${path}.${key}`));
	}
	return [];
}

async function seededSummit() {
	const summit = await getCurrentEvent();
	const organisations = await listEventOrganisations(summit.id);
	const host = organisations.find((organisation) => organisation.role === 'host') ?? null;
	return { summit, host, speakers: await listSpeakerNames(summit.id), sessions: await listSessions(summit.id) };
}

const OPEN = new Date('2024-06-01T00:00:00Z');

describe('schema.org JSON-LD of the seeded summit', () => {
	it('describes the summit: free, hosted by BioMap, performed by the three people the source names, in Hong Kong', async () => {
		const { summit, host, speakers } = await seededSummit();
		const jsonLd = summitJsonLd(summit, speakers, { origin: TEST_ORIGIN, host, now: OPEN });

		expect(event.parse(jsonLd)).toEqual(jsonLd);
		expect(emptyFields(jsonLd)).toEqual([]);
		expect(jsonLd.organizer).toEqual({ '@type': 'Organization', name: 'BioMap' });
		expect(jsonLd.performer?.map((p) => p.name)).toEqual(['Paul Chan Mo-po', 'Clara Chan', 'Wei Liu']);
		expect(jsonLd.offers).toEqual({
			'@type': 'Offer',
			price: 0,
			priceCurrency: 'HKD',
			availability: 'https://schema.org/InStock',
			url: `${TEST_ORIGIN}/register`,
			validFrom: '2024-05-01T00:00:00+08:00',
			// The seed's window has no end: registration closes when the summit does.
			validThrough: '2024-06-24T16:30:00+08:00'
		});
		// The seeded venue is a placeholder ("Venue to be announced"): only the city the source gives.
		expect(summit.isSampleProgramme).toBe(true);
		expect(jsonLd.location).toEqual({
			'@type': 'Place',
			name: 'Hong Kong',
			address: { '@type': 'PostalAddress', addressLocality: 'Hong Kong', addressCountry: 'HK' }
		});
	});

	it('describes every session with the same shape, naming only named speakers as performers', async () => {
		const { summit, host, sessions, speakers } = await seededSummit();
		const placeholders = new Set(speakers.filter((s) => s.isPlaceholder).map((s) => s.name));
		expect(placeholders.size).toBeGreaterThan(0);
		let withPlaceholders = 0;

		for (const session of sessions) {
			const jsonLd = sessionJsonLd(session, summit, { origin: TEST_ORIGIN, host, now: OPEN, seatsLeft: null });
			expect(event.parse(jsonLd), session.slug).toEqual(jsonLd);
			expect(emptyFields(jsonLd), session.slug).toEqual([]);
			expect(jsonLd.url).toBe(`${TEST_ORIGIN}/agenda/${session.slug}`);
			const named = session.speakers.filter((s) => !s.isPlaceholder).map((s) => s.name);
			expect(jsonLd.performer?.map((p) => p.name) ?? [], session.slug).toEqual(named);
			expect(jsonLd.performer?.some((p) => placeholders.has(p.name)) ?? false, session.slug).toBe(false);
			if (session.speakers.some((s) => s.isPlaceholder)) withPlaceholders += 1;
		}
		// The seed has sessions given by unnamed representatives: the rule above was exercised.
		expect(withPlaceholders).toBeGreaterThan(0);
		const signing = sessions.find((s) => s.slug === 'hkic-biomap-signing-ceremony')!;
		expect(sessionJsonLd(signing, summit, { origin: TEST_ORIGIN, host, now: OPEN, seatsLeft: null }).performer).toEqual(
			[
				{ '@type': 'Person', name: 'Clara Chan', url: `${TEST_ORIGIN}/speakers/clara-chan` },
				{ '@type': 'Person', name: 'Wei Liu', url: `${TEST_ORIGIN}/speakers/wei-liu` },
				{ '@type': 'Person', name: 'Paul Chan Mo-po', url: `${TEST_ORIGIN}/speakers/paul-chan-mo-po` }
			]
		);
	});
});

describe('schema.org JSON-LD, case by case', () => {
	const base: JsonLdSummit = {
		name: 'International Bio-Computing Innovation Summit',
		description: 'The summit.',
		startsAt: new Date('2024-06-24T01:00:00Z'),
		endsAt: new Date('2024-06-24T08:30:00Z'),
		timeZone: 'Asia/Hong_Kong',
		venueName: 'Hong Kong Convention and Exhibition Centre',
		venueAddress: '1 Expo Drive, Wan Chai, Hong Kong',
		venueDistrict: '',
		venueMapUrl: null,
		isSampleProgramme: false,
		registrationOpensAt: new Date('2024-05-01T00:00:00Z'),
		registrationClosesAt: new Date('2024-06-20T00:00:00Z'),
		capacity: 300,
		confirmedCount: 10
	};
	const context = { origin: TEST_ORIGIN, host: { name: 'BioMap', websiteUrl: 'https://www.biomap.com' }, now: OPEN };
	const session = {
		slug: 'keynote',
		title: 'Keynote',
		abstract: '',
		startsAt: base.startsAt,
		endsAt: base.endsAt,
		status: 'scheduled',
		speakers: []
	};

	it('a confirmed venue gives its name and street address', () => {
		expect(venuePlace(base)).toEqual({
			'@type': 'Place',
			name: 'Hong Kong Convention and Exhibition Centre',
			address: {
				'@type': 'PostalAddress',
				streetAddress: '1 Expo Drive, Wan Chai',
				addressLocality: 'Hong Kong',
				addressCountry: 'HK'
			}
		});
		const jsonLd = summitJsonLd(base, [], context);
		expect(event.parse(jsonLd)).toEqual(jsonLd);
		expect(jsonLd.organizer).toEqual({ '@type': 'Organization', name: 'BioMap', url: 'https://www.biomap.com' });
		expect(jsonLd.offers.validThrough).toBe('2024-06-20T08:00:00+08:00');
	});

	it('an address in lines with a district and a map link gives each its field', () => {
		const lines = {
			...base,
			venueAddress: 'Hall 5BC\n1 Expo Drive\nHong Kong',
			venueDistrict: 'Wan Chai',
			venueMapUrl: 'https://maps.example.com/hkcec'
		};
		expect(venuePlace(lines)).toEqual({
			'@type': 'Place',
			name: 'Hong Kong Convention and Exhibition Centre',
			address: {
				'@type': 'PostalAddress',
				streetAddress: 'Hall 5BC, 1 Expo Drive',
				addressLocality: 'Hong Kong',
				addressRegion: 'Wan Chai',
				addressCountry: 'HK'
			},
			hasMap: 'https://maps.example.com/hkcec'
		});
		// Sample data: the city only, whatever the placeholders say.
		expect(venuePlace({ ...lines, isSampleProgramme: true })).toEqual({
			'@type': 'Place',
			name: 'Hong Kong',
			address: { '@type': 'PostalAddress', addressLocality: 'Hong Kong', addressCountry: 'HK' }
		});
	});

	it('no named speaker, no host: no performer or organizer field rather than an empty one', () => {
		const jsonLd = sessionJsonLd(
			{ ...session, speakers: [{ slug: 'sanofi-representative', name: 'Sanofi representative', isPlaceholder: true }] },
			base,
			{ ...context, host: null, seatsLeft: null }
		);
		expect(jsonLd).not.toHaveProperty('performer');
		expect(jsonLd).not.toHaveProperty('organizer');
		expect(jsonLd.description).toBe('Keynote');
		expect(emptyFields(jsonLd)).toEqual([]);
	});

	it('availability follows the registration window and the seats', () => {
		const availability = (
			summit: Partial<JsonLdSummit>,
			now: Date,
			sessionSeats?: { status?: string; seatsLeft: number | null }
		) =>
			sessionSeats
				? sessionJsonLd(
						{ ...session, status: sessionSeats.status ?? 'scheduled' },
						{ ...base, ...summit },
						{ ...context, now, seatsLeft: sessionSeats.seatsLeft }
					).offers.availability
				: summitJsonLd({ ...base, ...summit }, [], { ...context, now }).offers.availability;
		const schemaOrg = 'https://schema.org/';
		expect(availability({}, OPEN)).toBe(`${schemaOrg}InStock`);
		// Not open yet: offered from the opening (validFrom).
		expect(availability({}, new Date('2024-04-01T00:00:00Z'))).toBe(`${schemaOrg}InStock`);
		expect(availability({ registrationOpensAt: null }, OPEN)).toBe(`${schemaOrg}OutOfStock`);
		expect(availability({}, new Date('2024-06-21T00:00:00Z'))).toBe(`${schemaOrg}OutOfStock`);
		expect(availability({ confirmedCount: 300 }, OPEN)).toBe(`${schemaOrg}SoldOut`);
		expect(availability({ capacity: null, confirmedCount: 5000 }, OPEN)).toBe(`${schemaOrg}InStock`);
		expect(availability({}, OPEN, { seatsLeft: 3 })).toBe(`${schemaOrg}InStock`);
		expect(availability({}, OPEN, { seatsLeft: 0 })).toBe(`${schemaOrg}SoldOut`);
		expect(availability({ confirmedCount: 300 }, OPEN, { seatsLeft: null })).toBe(`${schemaOrg}SoldOut`);
		expect(availability({}, OPEN, { status: 'cancelled', seatsLeft: 3 })).toBe(`${schemaOrg}Discontinued`);
		// No end to the window: open during the summit, over at its end.
		expect(availability({ registrationClosesAt: null }, new Date('2024-06-24T02:00:00Z'))).toBe(`${schemaOrg}InStock`);
		expect(availability({ registrationClosesAt: null }, new Date('2024-06-24T08:30:00Z'))).toBe(
			`${schemaOrg}OutOfStock`
		);
		expect(availability({}, new Date('2026-12-02T00:00:00Z'))).toBe(`${schemaOrg}OutOfStock`);
	});
});
