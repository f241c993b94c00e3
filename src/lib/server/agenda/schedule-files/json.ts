// c3voc's schedule JSON, as pretalx publishes it (voc/schedule validator/json/schema.json): what Giggity,
// ConfClerk, the c3voc recording tools and other conference apps read. Persons are written the pretalx way
// (name, not frab's public_name and numeric id) so each matches exactly one of the schema's person kinds.
import type { ScheduleModel, ScheduleSession } from './model';

const GENERATOR = { name: 'bio-computing-summit', version: '1' };

function jsonSession(session: ScheduleSession) {
	return {
		id: session.id,
		guid: session.guid,
		date: session.date,
		start: session.start,
		duration: session.duration,
		room: session.room,
		slug: session.slug,
		url: session.url,
		title: session.title,
		subtitle: '',
		track: session.track,
		type: session.type,
		// The programme does not record a session's language; saying none is truer than guessing.
		language: null,
		abstract: session.abstract,
		persons: session.persons.map((person) => ({
			guid: person.guid,
			name: person.name,
			url: person.url,
			avatar: person.avatar,
			biography: null
		})),
		links: []
	};
}

export function scheduleJson(model: ScheduleModel): string {
	const { conference } = model;
	const document = {
		$schema: 'https://c3voc.de/schedule/schema.json',
		generator: GENERATOR,
		schedule: {
			version: model.version,
			base_url: `${model.baseUrl}/`,
			conference: {
				acronym: conference.acronym,
				title: conference.title,
				description: conference.description,
				start: conference.start,
				end: conference.end,
				daysCount: conference.daysCount,
				timeslot_duration: '00:05',
				time_zone_name: conference.timeZone,
				url: conference.url,
				tracks: conference.tracks,
				rooms: conference.rooms.map((room) => ({
					name: room.name,
					slug: room.slug,
					guid: room.guid,
					description: room.description || null,
					capacity: room.capacity
				})),
				days: model.days.map((day) => ({
					index: day.index,
					date: day.date,
					day_start: day.start,
					day_end: day.end,
					rooms: Object.fromEntries(day.rooms.map(({ room, sessions }) => [room.name, sessions.map(jsonSession)]))
				}))
			}
		}
	};
	return `${JSON.stringify(document, null, '\t')}\n`;
}
