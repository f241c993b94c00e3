// The programme as the schedule formats see it (c3voc's JSON, frab's XML): a conference, its days, and per
// day the rooms with their sessions. Pure, so both formats and the tests read the same thing. Cancelled
// sessions are left out, as pretalx leaves them out of its schedules: recording teams and conference apps
// should not plan for them (the agenda and the calendars keep them, marked).
import { createHash } from 'node:crypto';
import { dateKey, durationMinutes, isoInZone } from '$lib/time';

export type ScheduleEvent = {
	slug: string;
	name: string;
	description: string;
	timeZone: string;
	startsAt: Date;
	endsAt: Date;
	venueName: string;
};

export type ScheduleSessionInput = {
	id: number;
	slug: string;
	title: string;
	abstract: string;
	kind: string;
	status: string;
	startsAt: Date;
	endsAt: Date;
	track: { name: string } | null;
	room: { slug: string; name: string; description: string; capacity: number | null } | null;
	speakers: { slug: string; name: string; honorific: string; photoUrl: string | null }[];
};

export type SchedulePerson = { guid: string; name: string; url: string; avatar: string | null };

export type ScheduleSession = {
	id: number;
	guid: string;
	slug: string;
	title: string;
	abstract: string;
	type: string;
	track: string | null;
	room: string;
	date: string;
	start: string;
	duration: string;
	url: string;
	persons: SchedulePerson[];
};

export type ScheduleRoom = {
	name: string;
	slug: string;
	guid: string;
	description: string;
	capacity: number | null;
};

export type ScheduleDay = {
	index: number;
	date: string;
	start: string;
	end: string;
	rooms: { room: ScheduleRoom; sessions: ScheduleSession[] }[];
};

export type ScheduleModel = {
	version: string;
	/** Where the site is, with the edition's prefix ("https://summit.example/2024"). */
	baseUrl: string;
	conference: {
		acronym: string;
		title: string;
		description: string;
		start: string;
		end: string;
		daysCount: number;
		timeZone: string;
		url: string;
		tracks: { name: string; slug: string; color: string }[];
		rooms: ScheduleRoom[];
	};
	days: ScheduleDay[];
};

/** RFC 4122 §4.3 name-based UUID (version 5) in the URL namespace, as c3voc asks for guids. */
export function uuidV5(name: string): string {
	const namespace = Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex');
	const hash = createHash('sha1').update(namespace).update(name, 'utf8').digest();
	hash[6] = (hash[6]! & 0x0f) | 0x50;
	hash[8] = (hash[8]! & 0x3f) | 0x80;
	const hex = hash.subarray(0, 16).toString('hex');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The formats want an acronym of [a-z0-9_], at least four long: the edition's slug, hyphens as underscores. */
export function scheduleAcronym(eventSlug: string): string {
	return eventSlug
		.toLowerCase()
		.replace(/-/g, '_')
		.replace(/[^a-z0-9_]/g, '')
		.padEnd(4, '_');
}

const hoursMinutes = (minutes: number) =>
	`${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

type BuildInput = {
	event: ScheduleEvent;
	sessions: ScheduleSessionInput[];
	tracks: { name: string; slug: string; color: string }[];
	version: string;
	baseUrl: string;
	kindLabel: (kind: string) => string;
};

export function buildScheduleModel({
	event,
	sessions,
	tracks,
	version,
	baseUrl,
	kindLabel
}: BuildInput): ScheduleModel {
	const acronym = scheduleAcronym(event.slug);
	const { timeZone } = event;
	// Identities that never change with the site's address or the current edition: the calendars' UIDs.
	const guid = (what: string) => uuidV5(`${what}@${event.slug}`);
	const venueRoom: ScheduleRoom = {
		name: event.venueName,
		slug: 'venue',
		guid: guid('venue'),
		description: '',
		capacity: null
	};
	const roomOf = (session: ScheduleSessionInput): ScheduleRoom =>
		session.room
			? {
					name: session.room.name,
					slug: session.room.slug,
					guid: guid(`room-${session.room.slug}`),
					description: session.room.description,
					capacity: session.room.capacity
				}
			: venueRoom;

	const held = sessions.filter((session) => session.status !== 'cancelled');
	const rooms = new Map<string, ScheduleRoom>();
	for (const session of held) {
		const room = roomOf(session);
		if (!rooms.has(room.guid)) rooms.set(room.guid, room);
	}
	const dayKeys = [...new Set(held.map((session) => dateKey(session.startsAt, timeZone)))].sort();
	const days: ScheduleDay[] = dayKeys.map((date, i) => {
		const ofDay = held.filter((session) => dateKey(session.startsAt, timeZone) === date);
		const start = new Date(Math.min(...ofDay.map((session) => session.startsAt.getTime())));
		const end = new Date(Math.max(...ofDay.map((session) => session.endsAt.getTime())));
		const byRoom = new Map<string, { room: ScheduleRoom; sessions: ScheduleSession[] }>();
		for (const session of ofDay) {
			const room = roomOf(session);
			const entry = byRoom.get(room.guid) ?? { room, sessions: [] };
			entry.sessions.push({
				id: session.id,
				guid: guid(`session-${session.id}`),
				slug: `${acronym}-${session.id}-${session.slug}`,
				title: session.title,
				abstract: session.abstract,
				type: kindLabel(session.kind),
				track: session.track?.name ?? null,
				room: room.name,
				date: isoInZone(session.startsAt, timeZone),
				start: isoInZone(session.startsAt, timeZone).slice(11, 16),
				duration: hoursMinutes(durationMinutes(session.startsAt, session.endsAt)),
				url: `${baseUrl}/agenda/${session.slug}`,
				persons: session.speakers.map((speaker) => ({
					guid: guid(`speaker-${speaker.slug}`),
					name: [speaker.honorific, speaker.name].filter(Boolean).join(' '),
					url: `${baseUrl}/speakers/${speaker.slug}`,
					avatar: speaker.photoUrl ? new URL(speaker.photoUrl, `${baseUrl}/`).href : null
				}))
			});
			byRoom.set(room.guid, entry);
		}
		return {
			index: i + 1,
			date,
			start: isoInZone(start, timeZone),
			end: isoInZone(end, timeZone),
			rooms: [...byRoom.values()]
		};
	});
	// Both formats need at least one day; an edition without sessions yet still has its date.
	if (days.length === 0)
		days.push({
			index: 1,
			date: dateKey(event.startsAt, timeZone),
			start: isoInZone(event.startsAt, timeZone),
			end: isoInZone(event.endsAt, timeZone),
			rooms: []
		});
	return {
		version,
		baseUrl,
		conference: {
			acronym,
			title: event.name,
			description: event.description,
			start: dateKey(event.startsAt, timeZone),
			end: dateKey(event.endsAt, timeZone),
			daysCount: days.length,
			timeZone,
			url: `${baseUrl}/`,
			tracks,
			rooms: [...rooms.values()]
		},
		days
	};
}
