// An attendee's own calendar: the sessions they chose, found by their private link's token (the
// subscription) or by registration (the confirmation mail's attachment). Reads registrations only.
import { isOneOf } from '$lib/agenda/vocabulary';
import { db } from '../db';
import { listSessions } from '../agenda/sessions';
import { buildPersonalCalendar, type CalendarFile, type PersonalChoice } from './feeds';
import { calendarPaths } from './links';
import { hashRegistrationToken, isWellFormedToken } from '../registration/tokens';

/** Seats that belong in a calendar; a cancelled choice is left out. */
const HELD_SEATS = ['requested', 'confirmed', 'waitlisted'] as const;

const registrationChoices = {
	id: true,
	eventId: true,
	status: true,
	sessions: { select: { sessionId: true, status: true, updatedAt: true } }
} as const;

type RegistrationChoices = { eventId: number; status: string; sessions: { sessionId: number; status: string; updatedAt: Date }[] };

/** The registration's edition and held seats; null for a cancelled registration. */
async function personalChoices(registration: RegistrationChoices) {
	if (registration.status === 'cancelled') return null;
	const event = await db.event.findUnique({ where: { id: registration.eventId } });
	if (!event) return null;
	const sessions = new Map((await listSessions(event.id)).map((session) => [session.id, session]));
	const choices: PersonalChoice[] = [];
	for (const choice of registration.sessions) {
		const session = sessions.get(choice.sessionId);
		if (!session || !isOneOf(HELD_SEATS, choice.status)) continue;
		// Someone still on the summit's own waitlist holds no seat in any session yet either.
		const seat = registration.status === 'waitlisted' ? 'waitlisted' : choice.status;
		choices.push({ session, seat, updatedAt: choice.updatedAt });
	}
	return { event, choices };
}

/** The subscription behind /calendar/my/[token].ics; null for an unknown token or a cancelled registration. */
export async function getPersonalCalendar(token: string, origin: string): Promise<CalendarFile | null> {
	if (!isWellFormedToken(token)) return null;
	const row = await db.registrationToken.findUnique({
		where: { tokenHash: hashRegistrationToken(token) },
		select: { registration: { select: registrationChoices } }
	});
	const found = row && (await personalChoices(row.registration));
	return found ? buildPersonalCalendar(found.event, found.choices, { origin, feedPath: calendarPaths.personal(token) }) : null;
}

/** The shape of an attachment for src/lib/server/mail/transport.ts. */
export type CalendarAttachment = { filename: string; content: string; contentType: string };

/**
 * The registration's sessions as the confirmation mail's .ics attachment, as they are when called (the
 * mail is rendered at send time). null when there is nothing to attach: no such or a cancelled
 * registration, or no sessions chosen.
 */
export async function registrationCalendarAttachment(registrationId: number, options: { origin: string }): Promise<CalendarAttachment | null> {
	const registration = await db.registration.findUnique({ where: { id: registrationId }, select: registrationChoices });
	if (!registration) return null;
	const found = await personalChoices(registration);
	if (!found || found.choices.length === 0) return null;
	const file = buildPersonalCalendar(found.event, found.choices, { origin: options.origin });
	// RFC 6047 §2.4: an iCalendar MIME part names its METHOD in the content type.
	return { filename: file.filename, content: file.body, contentType: 'text/calendar; charset=utf-8; method=PUBLISH' };
}
