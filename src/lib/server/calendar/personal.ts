// An attendee's own calendar: the sessions they chose, as a subscription found by the read-only feed token
// (registration/tokens.ts) or as the confirmation mail's attachment. Reads registrations only. Its words are
// in the language the person registered in, whatever URL a calendar app polls.
import { isOneOf } from '$lib/agenda/vocabulary';
import { storedLocale } from '$lib/i18n/locale';
import { db } from '../db';
import { localizeRecord } from '../content/localize';
import { TRANSLATED_FIELDS } from '../content/translations';
import { buildPersonalCalendar, type CalendarFile, type PersonalChoice } from './feeds';
import { calendarPaths } from './links';
import { directReads, type ProgrammeReads } from './programme-reads';
import { cachedCalendar, forgetCalendar } from './cache';
import {
	calendarFeedToken,
	hashRegistrationToken,
	isWellFormedToken,
	issueCalendarFeedToken
} from '../registration/tokens';

/** Seats that belong in a calendar; a cancelled choice is left out. */
const HELD_SEATS = ['requested', 'confirmed', 'waitlisted'] as const;

/** What a person's calendar is made from: a query's `select` (mail/render.ts adds it to its own). */
export const registrationChoices = {
	id: true,
	eventId: true,
	status: true,
	cancelledAt: true,
	waitlistedAt: true,
	locale: true,
	sessions: { select: { sessionId: true, status: true, updatedAt: true, waitlistedAt: true } }
} as const;

type RegistrationChoices = {
	eventId: number;
	locale: string;
	status: string;
	cancelledAt: Date | null;
	waitlistedAt: Date | null;
	sessions: { sessionId: number; status: string; updatedAt: Date; waitlistedAt: Date | null }[];
};

/** What a chosen session shows as in the person's calendar; null when it has no place there. */
function calendarSeat(
	registration: RegistrationChoices,
	choice: RegistrationChoices['sessions'][number]
): PersonalChoice['seat'] | null {
	if (registration.status === 'cancelled') {
		// The seats still held when the registration was cancelled (cancelling rewrote them, after
		// cancelledAt) stay, cancelled, so subscribed calendars clear them. Choices given up before then
		// left the feed at the time.
		return !registration.cancelledAt || choice.updatedAt >= registration.cancelledAt ? 'cancelled' : null;
	}
	if (!isOneOf(HELD_SEATS, choice.status)) return null;
	// Someone still on the summit's own waitlist holds no seat in any session yet either.
	return registration.status === 'waitlisted' ? 'waitlisted' : choice.status;
}

/** The registration's edition and the sessions its calendar shows. */
async function personalChoices(registration: RegistrationChoices, reads: ProgrammeReads = directReads) {
	const event = await reads.event(registration.eventId);
	if (!event) return null;
	const locale = storedLocale(registration.locale);
	const chosen = registration.sessions.map(({ sessionId }) => sessionId);
	const sessions = new Map((await reads.sessions(event.id, locale, chosen)).map((session) => [session.id, session]));
	const choices: PersonalChoice[] = [];
	for (const choice of registration.sessions) {
		const session = sessions.get(choice.sessionId);
		const seat = calendarSeat(registration, choice);
		// Promotion keeps waitlistedAt: a seat confirmed after waiting is told apart from one confirmed at once.
		const waited = registration.waitlistedAt !== null || choice.waitlistedAt !== null;
		if (session && seat) choices.push({ session, seat, updatedAt: choice.updatedAt, waited });
	}
	return { event: localizeRecord(event, TRANSLATED_FIELDS.event, locale), choices, locale };
}

/**
 * What /calendar/my/[token].ics answers: the calendar (a cancelled registration's with every event
 * cancelled); `moved` for an old feed URL made of the private link's own token, to the feed token's URL;
 * `gone` once the registration was erased.
 */
export type PersonalFeed =
	{ kind: 'calendar'; file: CalendarFile } | { kind: 'moved'; location: string } | { kind: 'gone' };

/** null for a token that is neither a feed's nor a private link's. */
export async function getPersonalFeed(token: string, origin: string): Promise<PersonalFeed | null> {
	if (!isWellFormedToken(token)) return null;
	const hash = hashRegistrationToken(token);
	const row = await db.registrationToken.findFirst({
		where: { OR: [{ feedTokenHash: hash }, { tokenHash: hash }] },
		select: { tokenHash: true, registration: { select: registrationChoices } }
	});
	if (!row) return null;
	// Erasure keeps the token rows without their registration: what was there is gone for good.
	if (!row.registration) return { kind: 'gone' };
	if (row.tokenHash === hash)
		return { kind: 'moved', location: origin + calendarPaths.personal(await issueCalendarFeedToken(token)) };
	const found = await personalChoices(row.registration);
	if (!found) return null;
	return {
		kind: 'calendar',
		file: buildPersonalCalendar(found.event, found.choices, {
			origin,
			locale: found.locale,
			feedPath: calendarPaths.personal(token)
		})
	};
}

const cacheKey = (token: string) => `personal ${token}`;

/** getPersonalFeed, kept in memory for a minute like every calendar file (./cache.ts). */
export function cachedPersonalFeed(token: string, origin: string): Promise<PersonalFeed | null> {
	return cachedCalendar(cacheKey(token), () => getPersonalFeed(token, origin));
}

/**
 * The person changed their registration through `linkToken` (sessions, cancel, erase): their feed shows it
 * at the next poll, not up to a minute later. Feeds of their other links, and other instances, follow
 * within the cache's minute.
 */
export function personalFeedChanged(linkToken: string): void {
	forgetCalendar(cacheKey(calendarFeedToken(linkToken)));
	forgetCalendar(cacheKey(linkToken));
}

/** The read-only feed URL that goes with a private link (recording the feed token's hash the first time). */
export async function personalFeedUrl(linkToken: string, origin: string): Promise<string> {
	return origin + calendarPaths.personal(await issueCalendarFeedToken(linkToken));
}

/** The shape of an attachment for src/lib/server/mail/transport.ts. */
export type CalendarAttachment = { filename: string; content: string; contentType: string };

/**
 * The registration's sessions as the confirmation mail's .ics attachment, as they are when called (the
 * mail is rendered at send time). null when there is nothing to attach: no such or a cancelled
 * registration, or no sessions chosen.
 */
export async function registrationCalendarAttachment(
	registration: number | RegistrationChoices | null,
	options: { origin: string; reads?: ProgrammeReads }
): Promise<CalendarAttachment | null> {
	// A mail reads its registration once, with these fields among its own; others pass the id.
	if (typeof registration === 'number')
		registration = await db.registration.findUnique({ where: { id: registration }, select: registrationChoices });
	if (!registration || registration.status === 'cancelled') return null;
	const found = await personalChoices(registration, options.reads);
	if (!found || found.choices.length === 0) return null;
	const file = buildPersonalCalendar(found.event, found.choices, { origin: options.origin, locale: found.locale });
	// RFC 6047 §2.4: an iCalendar MIME part names its METHOD in the content type.
	return { filename: file.filename, content: file.body, contentType: 'text/calendar; charset=utf-8; method=PUBLISH' };
}
