// Where calendars are: the feed paths, and the links that hand a session or a feed to Google Calendar,
// Outlook (Outlook.com for personal accounts, Microsoft 365 for work and school ones) or the attendee's
// own app (webcal://). Pure; pages receive the finished links from load, named in the `locale` given.
import { m } from '$lib/paraglide/messages';
import { type Locale } from '$lib/paraglide/runtime';
import { localizeHref } from '$lib/i18n/href';
import type { AgendaSession } from '../agenda/sessions';
import { starredQuery } from '$lib/agenda/starred';
import { sessionDescription, sessionLocation, sessionSummary, type CalendarSummit } from './events';

/** The feed URLs end up in people's calendars: they never change (see src/routes/calendar/). */
export const calendarPaths = {
	summit: '/calendar/summit.ics',
	session: (slug: string) => `/calendar/sessions/${encodeURIComponent(slug)}.ics`,
	/** Redirects to Google Calendar, Outlook.com or Microsoft 365 (see sessionCalendarLinks). */
	sessionIn: (slug: string, service: CalendarService) => `/calendar/sessions/${encodeURIComponent(slug)}/${service}`,
	track: (slug: string) => `/calendar/tracks/${encodeURIComponent(slug)}.ics`,
	/** The starred sessions, by id (src/lib/agenda/starred.ts): the URL is the list, no account behind it. */
	starred: (ids: number[]) => `/calendar/starred.ics?sessions=${starredQuery(ids)}`,
	/** Made of the feed's read-only token (registration/tokens.ts), never the private link's. */
	personal: (feedToken: string) => `/calendar/my/${encodeURIComponent(feedToken)}.ics`
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
	return instant
		.toISOString()
		.replace(/\.\d{3}Z$/, 'Z')
		.replace(/[-:]/g, '');
}

type EventTemplate = {
	title: string;
	startsAt: Date;
	endsAt: Date;
	details: string;
	location: string;
	timeZone: string;
};

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

/**
 * Outlook on the web keeps personal accounts (Outlook.com) and work or school ones (Microsoft 365) on two
 * hosts; a link to one cannot reach an account on the other. The paths and parameters are the same.
 */
const OUTLOOK_HOSTS = { outlook: 'https://outlook.live.com', microsoft365: 'https://outlook.office.com' } as const;
type OutlookService = keyof typeof OUTLOOK_HOSTS;

/** Outlook's compose deep link; startdt/enddt in UTC with a Z. */
export function outlookCalendarEventUrl(template: EventTemplate, service: OutlookService = 'outlook'): string {
	const params = query({
		path: '/calendar/action/compose',
		rru: 'addevent',
		subject: template.title,
		startdt: template.startsAt.toISOString().replace(/\.\d{3}Z$/, 'Z'),
		enddt: template.endsAt.toISOString().replace(/\.\d{3}Z$/, 'Z'),
		body: template.details,
		location: template.location
	});
	return `${OUTLOOK_HOSTS[service]}/calendar/0/deeplink/compose?${params}`;
}

/** In the URL of our redirects (calendarPaths.sessionIn): `outlook` is Outlook.com, as it always was. */
export const CALENDAR_SERVICES = ['google', 'outlook', 'microsoft365'] as const;
export type CalendarService = (typeof CALENDAR_SERVICES)[number];

/** The page of Google Calendar, Outlook.com or Microsoft 365 that adds this session. */
export function sessionServiceUrl(
	event: CalendarSummit,
	session: AgendaSession,
	service: CalendarService,
	origin: string,
	locale: Locale
): string {
	const template: EventTemplate = {
		title: sessionSummary(session, { locale }),
		startsAt: session.startsAt,
		endsAt: session.endsAt,
		details: sessionDescription(event, session, { origin, locale, brief: true }),
		location: sessionLocation(event, session),
		timeZone: event.timeZone
	};
	return service === 'google' ? googleCalendarEventUrl(template) : outlookCalendarEventUrl(template, service);
}

export type SessionCalendarLinks = { ics: string } & Record<CalendarService, string>;

/**
 * The "Add to calendar" links of a session. Google and both Outlooks go through a redirect of ours:
 * their own URLs carry the whole event (about 700 bytes each, URL-encoded), which on every agenda row
 * would double the page's weight.
 */
export function sessionCalendarLinks(session: Pick<AgendaSession, 'slug'>, base = ''): SessionCalendarLinks {
	// In the page's language: the event's title and notes come in it (English paths stay as they were).
	const link = (path: string) => localizeHref(base + path);
	return {
		ics: link(calendarPaths.session(session.slug)),
		google: link(calendarPaths.sessionIn(session.slug, 'google')),
		outlook: link(calendarPaths.sessionIn(session.slug, 'outlook')),
		microsoft365: link(calendarPaths.sessionIn(session.slug, 'microsoft365'))
	};
}

export type FeedLinks = { download: string; webcal: string } & Record<CalendarService, string>;

/** A feed to subscribe to in the device's app, in Google Calendar, Outlook.com or Microsoft 365, or to download. */
export function feedLinks(path: string, origin: string, name: string): FeedLinks {
	const url = origin + path;
	return {
		download: path,
		webcal: webcalUrl(url),
		google: `https://calendar.google.com/calendar/render?${query({ cid: webcalUrl(url) })}`,
		outlook: `${OUTLOOK_HOSTS.outlook}/calendar/0/addfromweb?${query({ url, name })}`,
		microsoft365: `${OUTLOOK_HOSTS.microsoft365}/calendar/0/addfromweb?${query({ url, name })}`
	};
}

export type CalendarFeed = { label: string; links: FeedLinks };

/**
 * What the agenda offers: the whole summit, then each track (by its name alone). `base`: "/2024" for a
 * past edition's feeds, which keep their own URLs once another edition is current.
 */
export function agendaCalendarFeeds(
	event: Pick<CalendarSummit, 'name'>,
	tracks: { slug: string; name: string }[],
	origin: string,
	locale: Locale,
	base = ''
): CalendarFeed[] {
	const summitName = m.calendar_file_summit_name({ eventName: event.name }, { locale });
	// A feed in the reader's language: /zh-hk/calendar/summit.ics names its events in 繁體中文.
	const path = (feedPath: string) => localizeHref(base + feedPath, { locale });
	return [
		{
			label: m.calendar_whole_summit({}, { locale }),
			links: feedLinks(path(calendarPaths.summit), origin, summitName)
		},
		...tracks.map((track) => ({
			label: track.name,
			links: feedLinks(
				path(calendarPaths.track(track.slug)),
				origin,
				m.calendar_file_track_name({ eventName: event.name, trackName: track.name }, { locale })
			)
		}))
	];
}

/** The private, read-only subscription /my/[token] offers, by the feed's own token. */
export function personalCalendarFeed(
	event: Pick<CalendarSummit, 'name'>,
	feedToken: string,
	origin: string,
	locale: Locale
): CalendarFeed {
	const name = m.calendar_file_personal_name({ eventName: event.name }, { locale });
	return { label: name, links: feedLinks(calendarPaths.personal(feedToken), origin, name) };
}
