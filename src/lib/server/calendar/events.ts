// One session as an iCalendar VEVENT. Every file a session appears in (its own, a track's, the summit's,
// a person's) gets the same UID, SEQUENCE and times from here, so calendar apps recognise it as one event.
// Its words are in the `locale` given: a file is built once for everyone who asks in that language, and
// for a person outside any request (the confirmation mail's attachment).
import { ICalEventStatus, type ICalEventData } from 'ical-generator';
import { fullName } from '$lib/agenda/names';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { intlLocale, pageUrl } from '$lib/i18n/locale';
import { sessionKindLabel, speakerRoleLabel } from '$lib/i18n/labels';
import { formatDate, formatTimeRange, zoneLabel } from '$lib/time';
import type { SummitEvent } from '../agenda/event';
import type { AgendaSession } from '../agenda/sessions';

/** What a calendar file needs to know about the summit. */
export type CalendarSummit = Pick<
	SummitEvent,
	| 'slug'
	| 'name'
	| 'tagline'
	| 'timeZone'
	| 'venueName'
	| 'venueAddress'
	| 'venueDistrict'
	| 'isSampleProgramme'
	| 'createdAt'
>;

/**
 * "session-7@biocomputing-summit-2024". A UID must never change for the same session (RFC 5545 §3.8.4.7),
 * or calendars show it twice. So it holds neither the site's host (ORIGIN changes between preview,
 * staging and production, and RFC 7986 §5.3 advises against host names in UIDs anyway) nor the slug
 * (organizers may rename it). The session's id is permanent; the edition's slug on the right keeps ids
 * of a later edition, which may restart at 1 in a fresh database, from colliding with this one's.
 */
export function sessionUid(eventSlug: string, sessionId: number): string {
	return `session-${sessionId}@${eventSlug}`;
}

/**
 * Text an organizer typed, made safe for an iCalendar TEXT value: control characters other than tab
 * and newline are not allowed there (RFC 5545 §3.3.11) and some apps reject the whole file over one.
 * Escaping of `\ ; ,` and newlines is ical-generator's job.
 */
export function calendarText(text: string): string {
	return (
		text
			.normalize('NFC')
			.replace(/\r\n?/g, '\n')
			// eslint-disable-next-line no-control-regex -- control characters are what this removes
			.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
	);
}

export function sessionUrl(origin: string, session: Pick<AgendaSession, 'slug'>, locale: Locale): string {
	return pageUrl(origin, `/agenda/${encodeURIComponent(session.slug)}`, locale);
}

export function sessionSummary(
	session: Pick<AgendaSession, 'title' | 'status'>,
	options: { locale: Locale; waitlisted?: boolean; registrationCancelled?: boolean }
): string {
	const { locale } = options;
	return (
		(session.status === 'cancelled' || options.registrationCancelled
			? m.calendar_file_cancelled_prefix({}, { locale })
			: '') +
		calendarText(session.title) +
		(options.waitlisted ? m.calendar_file_waitlist_suffix({}, { locale }) : '')
	);
}

/** Room, venue, address: what the session page shows under "Where". */
/** The room, the venue, its address lines and district, on one line: "Hall 5BC, HKCEC, 1 Expo Drive, Wan Chai". */
export function sessionLocation(
	event: Pick<CalendarSummit, 'venueName' | 'venueAddress'> & Partial<Pick<CalendarSummit, 'venueDistrict'>>,
	session: Pick<AgendaSession, 'room'>
): string {
	const address = [...event.venueAddress.split('\n'), event.venueDistrict ?? ''].map((line) => line.trim());
	return calendarText([session.room?.name, event.venueName, ...address].filter(Boolean).join(', '));
}

function speakerLine(speaker: AgendaSession['speakers'][number], locale: Locale): string {
	const role = speaker.role === 'speaker' ? '' : ` (${speakerRoleLabel(speaker.role, { locale })})`;
	const job = [speaker.roleTitle, speaker.isPlaceholder ? null : speaker.organisation].filter(Boolean).join(', ');
	return `- ${fullName(speaker)}${role}${job ? `, ${job}` : ''}`;
}

export type DescriptionOptions = {
	origin: string;
	locale: Locale;
	waitlisted?: boolean;
	registrationCancelled?: boolean;
	/**
	 * For links to Google and Outlook, which carry the text in their URL, and every agenda row has two:
	 * the abstract's opening only and no speaker list. The .ics file has everything.
	 */
	brief?: boolean;
};

const BRIEF_ABSTRACT_LENGTH = 160;

/**
 * The Hong Kong time in words (the app shows the attendee's own zone, which differs for anyone not yet
 * in Hong Kong), notes, the abstract, the speakers with their parts and the session's page.
 */
export function sessionDescription(event: CalendarSummit, session: AgendaSession, options: DescriptionOptions): string {
	const { timeZone } = event;
	const { locale } = options;
	let abstract = calendarText(session.abstract).trim();
	if (options.brief && abstract.length > BRIEF_ABSTRACT_LENGTH) {
		abstract = `${abstract.slice(0, BRIEF_ABSTRACT_LENGTH - 1).trimEnd()}…`;
	}
	const notes = [
		session.status === 'cancelled' ? m.calendar_file_cancelled_note({}, { locale }) : null,
		options.registrationCancelled ? m.calendar_file_registration_cancelled_note({}, { locale }) : null,
		options.waitlisted ? m.calendar_file_waitlist_note({}, { locale }) : null,
		event.isSampleProgramme ? m.sample_body({}, { locale }) : null
	].filter(Boolean);
	const speakers =
		session.speakers.length > 0 && !options.brief
			? [
					m.calendar_file_speakers({}, { locale }),
					...session.speakers.map((speaker) => speakerLine(speaker, locale))
				].join('\n')
			: null;
	const intl = intlLocale(locale);
	const date = formatDate(session.startsAt, timeZone, intl);
	const range = formatTimeRange(session.startsAt, session.endsAt, timeZone, intl);
	return [
		m.calendar_file_when({ date, range, zone: zoneLabel(timeZone, intl) }, { locale }),
		notes.length > 0 ? notes.join('\n') : null,
		abstract || null,
		speakers ? calendarText(speakers) : null,
		m.calendar_file_more_at({ url: sessionUrl(options.origin, session, locale) }, { locale })
	]
		.filter(Boolean)
		.join('\n\n');
}

export type SessionEventOptions = {
	origin: string;
	locale: Locale;
	/** The attendee's seat, in a personal calendar. */
	waitlisted?: boolean;
	/**
	 * In a personal calendar whose registration was cancelled: the session stays, cancelled, with a SEQUENCE
	 * above the person's last copy (seatSequenceBump), so subscribed calendars clear it.
	 */
	registrationCancelled?: boolean;
	/** When the attendee's own choice last changed, in a personal calendar. */
	choiceUpdatedAt?: Date;
	/**
	 * In a personal calendar: the person waited for this seat (the session's waitlist or the summit's).
	 * Their copy then rises a SEQUENCE when the seat is confirmed, so "(waitlist)" is replaced.
	 */
	waited?: boolean;
};

/**
 * How far a person's copy of a session is above the programme's SEQUENCE (the revision). It only grows
 * as their seat goes its one way, waitlisted (0), confirmed after waiting (1), cancelled with the
 * registration (one above either), so each step replaces the copy a calendar imported before. A seat
 * confirmed without waiting stays level with the public files (0), and cancelled, one above them.
 */
export function seatSequenceBump(
	options: Pick<SessionEventOptions, 'waitlisted' | 'registrationCancelled' | 'waited'>
) {
	if (options.registrationCancelled) return options.waited ? 2 : 1;
	if (options.waitlisted) return 0;
	return options.waited ? 1 : 0;
}

/** The instant a session's event last changed: the session, or the attendee's seat in a personal file. */
export function sessionRevisedAt(session: Pick<AgendaSession, 'editedAt'>, choiceUpdatedAt?: Date): Date {
	return choiceUpdatedAt && choiceUpdatedAt > session.editedAt ? choiceUpdatedAt : session.editedAt;
}

export function sessionEvent(
	event: CalendarSummit,
	session: AgendaSession,
	options: SessionEventOptions
): ICalEventData {
	const revisedAt = sessionRevisedAt(session, options.choiceUpdatedAt);
	return {
		id: sessionUid(event.slug, session.id),
		sequence: session.revision + seatSequenceBump(options),
		// UTC ("20240624T020000Z", RFC 5545 §3.3.5 form 2), not TZID=Asia/Hong_Kong: an absolute instant
		// needs no VTIMEZONE, so there is no zone definition for Outlook to miss or misread (the one-hour
		// shifts), and every app shows it in the attendee's zone. Hong Kong has had no daylight saving
		// since 1979, so nothing a local time could express is lost. A TZID would also need more than a
		// Date here: given one, ical-generator writes a native Date's wall-clock time in the server's
		// own zone, which on a UTC server would put every session eight hours late.
		start: session.startsAt,
		end: session.endsAt,
		// DTSTAMP is the last revision, not the moment of generation: the same programme then gives the
		// same bytes (a stable ETag, 304 answers), and an app comparing two copies of an event with the
		// same SEQUENCE keeps the one revised last.
		stamp: revisedAt,
		lastModified: revisedAt,
		summary: sessionSummary(session, options),
		description: sessionDescription(event, session, options),
		location: sessionLocation(event, session),
		url: sessionUrl(options.origin, session, options.locale),
		categories: [session.track?.name, sessionKindLabel(session.kind, { locale: options.locale })]
			.filter((name): name is string => Boolean(name))
			.map((name) => ({ name: calendarText(name) })),
		// A cancelled session stays in every feed with STATUS:CANCELLED so subscribed calendars drop it;
		// leaving it out would leave a stale copy in calendars that imported the file once.
		status:
			session.status === 'cancelled' || options.registrationCancelled
				? ICalEventStatus.CANCELLED
				: ICalEventStatus.CONFIRMED
		// No organizer and no attendees: with them, apps treat the event as an invitation and offer to
		// send replies to whoever is named.
	};
}
