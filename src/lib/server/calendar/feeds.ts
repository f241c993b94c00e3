// The calendar files: the whole summit, one track, one session, one attendee's sessions. Pure (data in,
// text out, in the `locale` given), so the routes, the confirmation mail and the tests all build exactly
// the same file.
import ical, { ICalCalendarMethod, escape } from 'ical-generator';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import type { AgendaSession } from '../agenda/sessions';
import { calendarText, sessionEvent, sessionRevisedAt, type CalendarSummit } from './events';
import { calendarPaths } from './links';

export type CalendarFile = {
	filename: string;
	body: string;
	/** The latest revision of anything in it (HTTP Last-Modified). */
	lastModified: Date;
};

/** Fixed for good: some apps use PRODID with UID to tell whether two events are the same. */
const PRODUCT_ID = { company: 'Bio-Computing Summit', product: 'Summit calendar', language: 'EN' };

/**
 * How often subscribed apps should fetch again (REFRESH-INTERVAL, RFC 7986, and X-PUBLISHED-TTL, which
 * Outlook reads). An hour keeps a moved session visible the same morning; HTTP caching (./http.ts)
 * turns most of those fetches into 304s.
 */
const REFRESH_SECONDS = 60 * 60;

type Subscription = { name: string; description: string; feedPath: string };

/** Where the file's links point, and the language of its words. */
type BuildOptions = { origin: string; locale: Locale };

type Entry = {
	session: AgendaSession;
	waitlisted?: boolean;
	registrationCancelled?: boolean;
	choiceUpdatedAt?: Date;
	waited?: boolean;
};

/**
 * ical-generator writes NAME, X-WR-CALNAME and X-WR-CALDESC as given (it escapes only event
 * properties), so calendar-level text is escaped here or a comma in a track's name would split it.
 */
const calendarLevelText = (text: string) => escape(calendarText(text), false);

function buildCalendarFile(
	event: CalendarSummit,
	entries: Entry[],
	options: BuildOptions & { filename: string; subscription?: Subscription }
): CalendarFile {
	const { origin, locale, subscription } = options;
	const calendar = ical({
		prodId: PRODUCT_ID,
		// PUBLISH: a copy to keep, not a meeting request; apps then neither expect nor send replies.
		method: ICalCalendarMethod.PUBLISH,
		scale: 'GREGORIAN',
		// A feed has a name and a refresh hint. A one-off file (one session, the mail attachment) has
		// neither: Outlook opens a file that carries X-WR-CALNAME as a separate calendar instead of
		// adding its events to the attendee's own.
		...(subscription
			? {
					name: calendarLevelText(subscription.name),
					description: calendarLevelText(subscription.description),
					url: `${origin}/agenda`,
					source: origin + subscription.feedPath,
					ttl: REFRESH_SECONDS
				}
			: {})
	});
	let lastModified = event.createdAt;
	for (const { session, ...seat } of entries) {
		calendar.createEvent(sessionEvent(event, session, { ...seat, origin, locale }));
		const revisedAt = sessionRevisedAt(session, seat.choiceUpdatedAt);
		if (revisedAt > lastModified) lastModified = revisedAt;
	}
	// RFC 5545 §3.1: every content line ends with CRLF, END:VCALENDAR too; ical-generator leaves it off, and
	// strict parsers then miss the last line or reject the file.
	return { filename: options.filename, body: `${calendar.toString()}\r\n`, lastModified };
}

export function summitCalendarFilename(event: Pick<CalendarSummit, 'slug'>): string {
	return `${event.slug}.ics`;
}

export function trackCalendarFilename(event: Pick<CalendarSummit, 'slug'>, track: { slug: string }): string {
	return `${event.slug}-${track.slug}.ics`;
}

export function sessionCalendarFilename(session: Pick<AgendaSession, 'slug'>): string {
	return `${session.slug}.ics`;
}

export function personalCalendarFilename(event: Pick<CalendarSummit, 'slug'>): string {
	return `${event.slug}-my-sessions.ics`;
}

/** Every session of the summit, cancelled ones included (as cancelled). */
export function buildSummitCalendar(
	event: CalendarSummit,
	sessions: AgendaSession[],
	options: BuildOptions
): CalendarFile {
	return buildCalendarFile(
		event,
		sessions.map((session) => ({ session })),
		{
			...options,
			filename: summitCalendarFilename(event),
			subscription: {
				name: m.calendar_file_summit_name({ eventName: event.name }, { locale: options.locale }),
				description: event.tagline,
				feedPath: calendarPaths.summit
			}
		}
	);
}

export function buildTrackCalendar(
	event: CalendarSummit,
	track: { slug: string; name: string; description: string },
	sessions: AgendaSession[],
	options: BuildOptions
): CalendarFile {
	return buildCalendarFile(
		event,
		sessions.filter((session) => session.track?.slug === track.slug).map((session) => ({ session })),
		{
			...options,
			filename: trackCalendarFilename(event, track),
			subscription: {
				name: m.calendar_file_track_name({ eventName: event.name, trackName: track.name }, { locale: options.locale }),
				description: track.description || event.tagline,
				feedPath: calendarPaths.track(track.slug)
			}
		}
	);
}

/** One session, to import once (no calendar name, no refresh hint). */
export function buildSessionCalendar(
	event: CalendarSummit,
	session: AgendaSession,
	options: BuildOptions
): CalendarFile {
	return buildCalendarFile(event, [{ session }], { ...options, filename: sessionCalendarFilename(session) });
}

/**
 * The sessions someone starred (`ids`, from the URL), in programme order: a feed, since the same URL keeps
 * following the programme. Ids of sessions that no longer exist are left out.
 */
export function buildStarredCalendar(
	event: CalendarSummit,
	sessions: AgendaSession[],
	ids: number[],
	options: BuildOptions
): CalendarFile {
	const starred = new Set(ids);
	return buildCalendarFile(
		event,
		sessions.filter((session) => starred.has(session.id)).map((session) => ({ session })),
		{
			...options,
			filename: `${event.slug}-my-agenda.ics`,
			subscription: {
				name: m.calendar_file_starred_name({ eventName: event.name }, { locale: options.locale }),
				description: m.calendar_file_starred_description({}, { locale: options.locale }),
				feedPath: calendarPaths.starred(ids)
			}
		}
	);
}

/**
 * A seat an attendee holds or asked for; 'cancelled' only for the seats a cancelled registration held (so
 * the feed clears them). Choices given up earlier are not passed in.
 */
export type PersonalChoice = {
	session: AgendaSession;
	seat: 'requested' | 'confirmed' | 'waitlisted' | 'cancelled';
	/** When the choice last changed (RegistrationSession.updatedAt): a seat confirmed from the waitlist
	 * changes the event's summary, so its DTSTAMP must move too. */
	updatedAt: Date;
	/** The person waited for this seat, on the session's waitlist or the summit's (its SEQUENCE, events.ts). */
	waited?: boolean;
};

/**
 * An attendee's sessions in programme order, waitlisted seats marked in the summary and description.
 * With `feedPath` (the private subscription URL's path) it is a named feed with a refresh hint; without
 * it, a file to import once, such as the confirmation mail's attachment.
 */
export function buildPersonalCalendar(
	event: CalendarSummit,
	choices: PersonalChoice[],
	options: BuildOptions & { feedPath?: string }
): CalendarFile {
	const { origin, locale, feedPath } = options;
	const ordered = [...choices].sort(
		(a, b) => a.session.startsAt.getTime() - b.session.startsAt.getTime() || a.session.id - b.session.id
	);
	return buildCalendarFile(
		event,
		ordered.map((choice) => ({
			session: choice.session,
			waitlisted: choice.seat === 'waitlisted',
			registrationCancelled: choice.seat === 'cancelled',
			choiceUpdatedAt: choice.updatedAt,
			waited: choice.waited
		})),
		{
			origin,
			locale,
			filename: personalCalendarFilename(event),
			subscription: feedPath
				? {
						name: m.calendar_file_personal_name({ eventName: event.name }, { locale }),
						description: m.calendar_file_personal_description({}, { locale }),
						feedPath
					}
				: undefined
		}
	);
}
