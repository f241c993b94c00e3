// schema.org Event descriptions for search engines (home page: the summit; session pages: a sub-event).
import { isoInZone } from '$lib/time';

type Place = { venueName: string; venueAddress: string };

function place(event: Place) {
	return {
		'@type': 'Place',
		name: event.venueName,
		address: { '@type': 'PostalAddress', addressLocality: event.venueAddress, addressCountry: 'HK' }
	};
}

export function summitJsonLd(
	event: Place & { name: string; description: string; startsAt: Date; endsAt: Date; timeZone: string },
	options: { url: string; image: string; host: string | null; performers: string[] }
) {
	return {
		'@context': 'https://schema.org',
		'@type': 'Event',
		name: event.name,
		description: event.description,
		startDate: isoInZone(event.startsAt, event.timeZone),
		endDate: isoInZone(event.endsAt, event.timeZone),
		eventStatus: 'https://schema.org/EventScheduled',
		eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
		location: place(event),
		url: options.url,
		image: [options.image],
		...(options.host ? { organizer: { '@type': 'Organization', name: options.host } } : {}),
		performer: options.performers.map((name) => ({ '@type': 'Person', name }))
	};
}

export function sessionJsonLd(
	session: { title: string; abstract: string; startsAt: Date; endsAt: Date; status: string; speakers: { name: string; isPlaceholder: boolean }[] },
	event: Place & { name: string; timeZone: string },
	options: { url: string; summitUrl: string }
) {
	return {
		'@context': 'https://schema.org',
		'@type': 'Event',
		name: session.title,
		description: session.abstract || session.title,
		startDate: isoInZone(session.startsAt, event.timeZone),
		endDate: isoInZone(session.endsAt, event.timeZone),
		eventStatus: session.status === 'cancelled' ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
		eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
		location: place(event),
		url: options.url,
		superEvent: { '@type': 'Event', name: event.name, url: options.summitUrl },
		performer: session.speakers.filter((s) => !s.isPlaceholder).map((s) => ({ '@type': 'Person', name: s.name }))
	};
}
