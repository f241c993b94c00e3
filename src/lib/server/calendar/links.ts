// Where calendars are: the feed paths, and the links that hand a session or a feed to Google Calendar,
// Outlook.com or the attendee's own app (webcal://). Pure; pages receive the finished links from load.
import type { AgendaSession } from '../agenda/sessions';
import { sessionDescription, sessionLocation, sessionSummary, type CalendarSummit } from './events';

/** The feed URLs end up in people's calendars: they never change (see src/routes/calendar/). */
export const calendarPaths = {
	summit: '/calendar/summit.ics',
	session: (slug: string) => `/calendar/sessions/${encodeURIComponent(slug)}.ics`,
	track: (slug: string) => `/calendar/tracks/${encodeURIComponent(slug)}.ics`,
	personal: (token: string) => `/calendar/my/${encodeURIComponent(token)}.ics`
};

/** webcal:// asks the device's calendar app to subscribe rather than the browser to download. */
export function webcalUrl(url: string): string {
	return url.replace(/^https?:/, 'webcal:');
}

/** A query string with %20 for spaces: not every service reads the "+" of form encoding as a space. */
function query(params: Record<string, string>): string {
	return Object.entries(params)
		.map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
		.join('&');
}

/** "20240624T020000Z": UTC, so neither service guesses a zone. */
function compactUtc(instant: Date): string {
	return instant.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

type EventTemplate = { title: string; startsAt: Date; endsAt: Date; details: string; location: string; timeZone: string };

/** Google Calendar's event template (calendar.google.com/calendar/render?action=TEMPLATE). */
export function googleCalendarEventUrl(template: EventTemplate): string {
	const params = query({
		action: 'TEMPLATE',
		text: template.title,
		dates: `${compactUtc(template.startsAt)}/${compactUtc(template.endsAt)}`,
		details: template.details,
		location: template.location,
		// Shown as the event's zone in Google's editor; the instant comes from `dates`.
		ctz: template.timeZone
	});
	return `https://calendar.google.com/calendar/render?${params}`;
}

/** Outlook.com's compose deep link; startdt/enddt in UTC with a Z. */
export function outlookCalendarEventUrl(template: EventTemplate): string {
	const params = query({
		path: '/calendar/action/compose',
		rru: 'addevent',
		subject: template.title,
		startdt: template.startsAt.toISOString().replace(/\.\d{3}Z$/, 'Z'),
		enddt: template.endsAt.toISOString().replace(/\.\d{3}Z$/, 'Z'),
		body: template.details,
		location: template.location
	});
	return `https://outlook.live.com/calendar/0/deeplink/compose?${params}`;
}

export type SessionCalendarLinks = { ics: string; google: string; outlook: string };

/** The description travels in the URL, so the abstract is shortened there; the .ics has it whole. */
const LINK_ABSTRACT_LIMIT = 400;

export function sessionCalendarLinks(event: CalendarSummit, session: AgendaSession, origin: string): SessionCalendarLinks {
	const template: EventTemplate = {
		title: sessionSummary(session),
		startsAt: session.startsAt,
		endsAt: session.endsAt,
		details: sessionDescription(event, session, { origin, abstractLimit: LINK_ABSTRACT_LIMIT }),
		location: sessionLocation(event, session),
		timeZone: event.timeZone
	};
	return { ics: calendarPaths.session(session.slug), google: googleCalendarEventUrl(template), outlook: outlookCalendarEventUrl(template) };
}

export type FeedLinks = { download: string; webcal: string; google: string; outlook: string };

/** A feed to subscribe to in the device's app, in Google Calendar or Outlook.com, or to download. */
export function feedLinks(path: string, origin: string, name: string): FeedLinks {
	const url = origin + path;
	return {
		download: path,
		webcal: webcalUrl(url),
		google: `https://calendar.google.com/calendar/render?${query({ cid: webcalUrl(url) })}`,
		outlook: `https://outlook.live.com/calendar/0/addfromweb?${query({ url, name })}`
	};
}
