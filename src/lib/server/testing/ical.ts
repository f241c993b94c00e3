// Reads a calendar file back with ical.js, a parser independent of the ical-generator that wrote it, so
// tests check what a calendar app will see rather than what we meant to write.
import ICAL from 'ical.js';

// ical.js reads properties it has no definition for as raw strings. NAME (RFC 7986) and the X-WR-
// properties are TEXT (RFC 5545 §3.8.8.2: an X- property's default value type), as Apple, Google and
// Outlook read them, so they are unescaped like SUMMARY.
for (const name of ['name', 'x-wr-calname', 'x-wr-caldesc']) {
	ICAL.design.icalendar.property[name] = { defaultType: 'text' };
}

export type ParsedEvent = {
	uid: string;
	sequence: number;
	status: string | null;
	summary: string;
	description: string;
	location: string;
	url: string | null;
	categories: string[];
	start: Date;
	end: Date;
	/** ical.js's zone of DTSTART: "UTC" for absolute instants. */
	startZone: string;
	stamp: Date | null;
	lastModified: Date | null;
	organizerCount: number;
	attendeeCount: number;
};

export type ParsedCalendar = {
	method: string | null;
	name: string | null;
	wrName: string | null;
	description: string | null;
	refreshInterval: string | null;
	publishedTtl: string | null;
	source: string | null;
	timezones: number;
	events: ParsedEvent[];
};

function text(component: ICAL.Component, name: string): string | null {
	const value = component.getFirstPropertyValue(name);
	return value === null ? null : String(value);
}

function instant(component: ICAL.Component, name: string): Date | null {
	const value = component.getFirstPropertyValue(name);
	return value instanceof ICAL.Time ? value.toJSDate() : null;
}

export function parseCalendar(body: string): ParsedCalendar {
	const calendar = new ICAL.Component(ICAL.parse(body));
	return {
		method: text(calendar, 'method'),
		name: text(calendar, 'name'),
		wrName: text(calendar, 'x-wr-calname'),
		description: text(calendar, 'x-wr-caldesc'),
		refreshInterval: calendar.getFirstProperty('refresh-interval')?.toICALString() ?? null,
		publishedTtl: text(calendar, 'x-published-ttl'),
		source: text(calendar, 'source'),
		timezones: calendar.getAllSubcomponents('vtimezone').length,
		events: calendar.getAllSubcomponents('vevent').map((vevent) => {
			const event = new ICAL.Event(vevent);
			return {
				uid: event.uid,
				sequence: event.sequence,
				status: text(vevent, 'status'),
				summary: event.summary,
				description: event.description,
				location: event.location,
				url: text(vevent, 'url'),
				categories: vevent.getAllProperties('categories').flatMap((property) => property.getValues().map(String)),
				start: event.startDate.toJSDate(),
				end: event.endDate.toJSDate(),
				startZone: event.startDate.zone?.tzid ?? 'floating',
				stamp: instant(vevent, 'dtstamp'),
				lastModified: instant(vevent, 'last-modified'),
				organizerCount: vevent.getAllProperties('organizer').length,
				attendeeCount: vevent.getAllProperties('attendee').length
			};
		})
	};
}

/** Physical lines longer than 75 octets (RFC 5545 §3.1), and lines not ended by CRLF (the last one too). */
export function badLines(body: string): string[] {
	const lines = body.split('\r\n');
	// What follows the last CRLF: nothing, in a file whose every line ends with one.
	const unterminated = lines.pop();
	const bad = lines.filter(
		(line) => new TextEncoder().encode(line).length > 75 || line.includes('\n') || line.includes('\r')
	);
	return unterminated ? [...bad, unterminated] : bad;
}

/** The text of a mail's calendar attachment (a mail may carry its ticket's QR image too); throws without one. */
export function icsAttachmentText(
	message: { attachments?: { contentType: string; content: string | Buffer }[] } | null | undefined
): string {
	const file = message?.attachments?.find((attachment) => attachment.contentType.startsWith('text/calendar'));
	if (!file) throw new Error('The mail has no calendar attachment');
	return file.content.toString();
}
