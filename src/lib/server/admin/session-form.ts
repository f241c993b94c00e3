// What the session form pages need besides the session: choices, and the summit day as field limits.
import { SESSION_KINDS, SPEAKER_ROLES } from '../../agenda/vocabulary';
import { dateKey } from '../../time';
import { SESSION_TEXT, sessionFormOptions } from './sessions';
import { translationFormValues } from '../content/form';
import { toZonedLocal } from './zoned-time';

export async function sessionFormData(event: { id: number; timeZone: string; startsAt: Date; endsAt: Date }) {
	return {
		options: await sessionFormOptions(event.id),
		kinds: SESSION_KINDS,
		roles: SPEAKER_ROLES,
		timeZone: event.timeZone,
		day: {
			min: `${dateKey(event.startsAt, event.timeZone)}T00:00`,
			max: `${dateKey(event.endsAt, event.timeZone)}T23:59`
		}
	};
}

export function sessionFormValues(
	session: {
		title: string;
		slug: string;
		abstract: string;
		kind: string;
		startsAt: Date;
		endsAt: Date;
		roomId: number | null;
		trackId: number | null;
		capacity: number | null;
		speakers: { speakerId: number; role: string }[];
		translations: string;
	},
	timeZone: string
) {
	return {
		title: session.title,
		slug: session.slug,
		abstract: session.abstract,
		kind: session.kind,
		startsAtLocal: toZonedLocal(session.startsAt, timeZone),
		endsAtLocal: toZonedLocal(session.endsAt, timeZone),
		roomId: session.roomId,
		trackId: session.trackId,
		capacity: session.capacity,
		speakers: session.speakers.map(({ speakerId, role }) => ({ speakerId, role })),
		translations: translationFormValues(session.translations, SESSION_TEXT)
	};
}
