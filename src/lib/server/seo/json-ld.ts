// schema.org Event descriptions for search engines: the summit (home page) and each session (its page, a
// sub-event). Only what the data holds: no field is written empty, a placeholder speaker ("Sanofi
// representative") is never a performer, and a sample venue gives only the city the source names.
import { registrationWindow } from '../registration/register';
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
 * The venue as a Place. The address string is free text ("1 Expo Drive, Wan Chai, Hong Kong"): the city at
 * its end becomes addressLocality and the rest streetAddress. While the programme is sample data, the venue
 * name and address are placeholders, so only the city is given.
 */
export function venuePlace(event: Pick<JsonLdSummit, 'venueName' | 'venueAddress' | 'isSampleProgramme'>) {
	const parts = event.venueAddress
		.split(',')
		.map((part) => part.trim())
		.filter(Boolean);
	if (parts.at(-1)?.toLowerCase() === LOCALITY.toLowerCase()) parts.pop();
	const street = event.isSampleProgramme ? '' : parts.join(', ');
	const name = event.isSampleProgramme ? LOCALITY : event.venueName.trim() || LOCALITY;
	return {
		'@type': 'Place',
		name,
		address: {
			'@type': 'PostalAddress',
			...(street ? { streetAddress: street } : {}),
			addressLocality: LOCALITY,
			addressCountry: COUNTRY
		}
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
 * Whether a seat can be had: registration open with seats left (InStock), not yet open (valid from the
 * opening), closed or never opened (OutOfStock), or taken (SoldOut; registering then joins the waitlist).
 * Seats move with every registration: a cached page says it at most the page cache's lifetime late.
 */
function availability(event: JsonLdSummit, now: Date, session?: { status: string; seatsLeft: number | null }): string {
	if (session?.status === 'cancelled') return `${SCHEMA}Discontinued`;
	if (registrationWindow(event, now) === 'closed' || !event.registrationOpensAt) return `${SCHEMA}OutOfStock`;
	const summitFull = event.capacity !== null && event.confirmedCount >= event.capacity;
	if (summitFull || session?.seatsLeft === 0) return `${SCHEMA}SoldOut`;
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
		...(event.registrationClosesAt ? { validThrough: isoInZone(event.registrationClosesAt, event.timeZone) } : {})
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
