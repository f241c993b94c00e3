// schema.org Event descriptions for search engines: the summit (home page) and each session (its page, a
// sub-event). Only what the data holds: no field is written empty, a placeholder speaker ("Sanofi
// representative") is never a performer, and a sample venue gives only the city the source names.
import { registrationClosesAt, registrationWindow, seatsLeftOf, summitStage } from '../agenda/stage';
import { isoInZone } from '$lib/time';
import type { SummitEvent } from '../agenda/event';

/** The summit is held in Hong Kong (the press release); the event row has no city or country column. */
const LOCALITY = 'Hong Kong';
const COUNTRY = 'HK';
/** Registration is free (the site takes no payment); schema.org wants a price and a currency all the same. */
const CURRENCY = 'HKD';

const SCHEMA = 'https://schema.org/';

export type JsonLdSummit = Pick<
	SummitEvent,
	| 'name'
	| 'description'
	| 'startsAt'
	| 'endsAt'
	| 'timeZone'
	| 'venueName'
	| 'venueAddress'
	| 'venueDistrict'
	| 'venueMapUrl'
	| 'isSampleProgramme'
	| 'registrationOpensAt'
	| 'registrationClosesAt'
	| 'capacity'
	| 'confirmedCount'
>;
export type JsonLdPerson = { slug: string; name: string; isPlaceholder: boolean };
export type JsonLdHost = { name: string; websiteUrl: string | null } | null;
export type JsonLdSession = {
	slug: string;
	title: string;
	abstract: string;
	startsAt: Date;
	endsAt: Date;
	status: string;
	speakers: JsonLdPerson[];
};
/** origin: the configured public URL (ORIGIN), never the request's. */
type Context = { origin: string; host: JsonLdHost; now: Date };

/**
 * The venue as a Place. The address is the organizers' lines (older data: one line with commas), then the
 * district (addressRegion); a trailing "Hong Kong" line is the city, given as addressLocality. While the
 * programme is sample data the venue name and address are placeholders, so only the city is given.
 */
export function venuePlace(
	event: Pick<JsonLdSummit, 'venueName' | 'venueAddress' | 'isSampleProgramme'> &
		Partial<Pick<JsonLdSummit, 'venueDistrict' | 'venueMapUrl'>>
) {
	const parts = event.venueAddress
		.split(/[\n,]/)
		.map((part) => part.trim())
		.filter(Boolean);
	if (parts.at(-1)?.toLowerCase() === LOCALITY.toLowerCase()) parts.pop();
	const sample = event.isSampleProgramme;
	const street = sample ? '' : parts.join(', ');
	const district = sample ? '' : (event.venueDistrict ?? '').trim();
	const name = sample ? LOCALITY : event.venueName.trim() || LOCALITY;
	return {
		'@type': 'Place',
		name,
		address: {
			'@type': 'PostalAddress',
			...(street ? { streetAddress: street } : {}),
			addressLocality: LOCALITY,
			...(district ? { addressRegion: district } : {}),
			addressCountry: COUNTRY
		},
		...(!sample && event.venueMapUrl ? { hasMap: event.venueMapUrl } : {})
	};
}

function organizer(host: JsonLdHost) {
	if (!host?.name.trim()) return {};
	return {
		organizer: { '@type': 'Organization', name: host.name, ...(host.websiteUrl ? { url: host.websiteUrl } : {}) }
	};
}

/** Named people only: a placeholder is an organisation's seat, not a person. None: no performer field. */
function performers(people: JsonLdPerson[], origin: string) {
	const named = people.filter((person) => !person.isPlaceholder && person.name.trim() !== '');
	if (named.length === 0) return {};
	return {
		performer: named.map((person) => ({
			'@type': 'Person',
			name: person.name,
			url: `${origin}/speakers/${person.slug}`
		}))
	};
}

/**
 * Whether a seat can be had, from the summit's stage: registration open with seats left (InStock), not yet
 * open (valid from the opening), closed, never opened or over (OutOfStock), or taken (SoldOut; registering
 * then joins the waitlist). Seats move with every registration: a cached page says it at most the page
 * cache's lifetime late.
 */
function availability(event: JsonLdSummit, now: Date, session?: { status: string; seatsLeft: number | null }): string {
	if (session?.status === 'cancelled') return `${SCHEMA}Discontinued`;
	const stage = summitStage(event, now, seatsLeftOf(event));
	if (!event.registrationOpensAt || stage === 'past' || stage === 'registration-closed') return `${SCHEMA}OutOfStock`;
	if (stage === 'live' && registrationWindow(event, now) !== 'open') return `${SCHEMA}OutOfStock`;
	if (seatsLeftOf(event) === 0 || session?.seatsLeft === 0) return `${SCHEMA}SoldOut`;
	return `${SCHEMA}InStock`;
}

function offers(event: JsonLdSummit, context: Context, session?: { status: string; seatsLeft: number | null }) {
	return {
		'@type': 'Offer',
		price: 0,
		priceCurrency: CURRENCY,
		availability: availability(event, context.now, session),
		url: `${context.origin}/register`,
		...(event.registrationOpensAt ? { validFrom: isoInZone(event.registrationOpensAt, event.timeZone) } : {}),
		validThrough: isoInZone(registrationClosesAt(event), event.timeZone)
	};
}

function image(origin: string) {
	return [`${origin}/og-image.png`];
}

export function summitJsonLd(event: JsonLdSummit, speakers: JsonLdPerson[], context: Context) {
	return {
		'@context': 'https://schema.org',
		'@type': 'Event',
		name: event.name,
		description: event.description,
		startDate: isoInZone(event.startsAt, event.timeZone),
		endDate: isoInZone(event.endsAt, event.timeZone),
		eventStatus: `${SCHEMA}EventScheduled`,
		eventAttendanceMode: `${SCHEMA}OfflineEventAttendanceMode`,
		location: venuePlace(event),
		url: `${context.origin}/`,
		image: image(context.origin),
		isAccessibleForFree: true,
		offers: offers(event, context),
		...organizer(context.host),
		...performers(speakers, context.origin)
	};
}

/** seatsLeft: the session's own seats left, null when only the summit's capacity applies. */
export function sessionJsonLd(
	session: JsonLdSession,
	event: JsonLdSummit,
	context: Context & { seatsLeft: number | null }
) {
	return {
		'@context': 'https://schema.org',
		'@type': 'Event',
		name: session.title,
		description: session.abstract.trim() || session.title,
		startDate: isoInZone(session.startsAt, event.timeZone),
		endDate: isoInZone(session.endsAt, event.timeZone),
		eventStatus: session.status === 'cancelled' ? `${SCHEMA}EventCancelled` : `${SCHEMA}EventScheduled`,
		eventAttendanceMode: `${SCHEMA}OfflineEventAttendanceMode`,
		location: venuePlace(event),
		url: `${context.origin}/agenda/${session.slug}`,
		image: image(context.origin),
		isAccessibleForFree: true,
		offers: offers(event, context, { status: session.status, seatsLeft: context.seatsLeft }),
		superEvent: { '@type': 'Event', name: event.name, url: `${context.origin}/` },
		...organizer(context.host),
		...performers(session.speakers, context.origin)
	};
}
