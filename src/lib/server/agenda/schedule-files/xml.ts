// frab's schedule XML (voc/schedule validator/xsd/schedule.xml.xsd), which pentabarf began, frab and pretalx
// write, and ConfClerk and the recording teams' tools read.
import type { ScheduleModel, ScheduleSession } from './model';

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const xml = (text: string) => text.replace(/[&<>"']/g, (char) => escapes[char]!);

/** An element with text, or none when there is no text to give (optional elements). */
const element = (name: string, text: string | null, indent: string) =>
	text === null ? '' : `${indent}<${name}>${xml(text)}</${name}>\n`;

function xmlSession(session: ScheduleSession, indent: string): string {
	const inner = `${indent}\t`;
	const persons = session.persons
		.map((person) => `${inner}\t<person guid="${person.guid}">${xml(person.name)}</person>\n`)
		.join('');
	return (
		`${indent}<event guid="${session.guid}" id="${session.id}">\n` +
		element('room', session.room, inner) +
		element('title', session.title, inner) +
		element('subtitle', '', inner) +
		element('type', session.type, inner) +
		element('date', session.date, inner) +
		element('start', session.start, inner) +
		element('duration', session.duration, inner) +
		element('abstract', session.abstract, inner) +
		element('slug', session.slug, inner) +
		element('track', session.track ?? '', inner) +
		`${inner}<persons>\n${persons}${inner}</persons>\n` +
		`${inner}<links/>\n` +
		element('url', session.url, inner) +
		`${indent}</event>\n`
	);
}

export function scheduleXml(model: ScheduleModel, selfUrl: string): string {
	const { conference } = model;
	// The XSD's track slug must start with a letter; a track whose slug does not goes without one.
	const tracks = conference.tracks
		.map(
			(track) =>
				`\t\t<track name="${xml(track.name)}" color="${xml(track.color)}"${/^[a-z][a-z0-9-]+$/.test(track.slug) ? ` slug="${track.slug}"` : ''}/>\n`
		)
		.join('');
	const days = model.days
		.map(
			(day) =>
				`\t<day index="${day.index}" date="${day.date}" start="${day.start}" end="${day.end}">\n` +
				day.rooms
					.map(
						({ room, sessions }) =>
							`\t\t<room name="${xml(room.name)}" guid="${room.guid}">\n` +
							sessions.map((session) => xmlSession(session, '\t\t\t')).join('') +
							`\t\t</room>\n`
					)
					.join('') +
				`\t</day>\n`
		)
		.join('');
	return (
		`<?xml version="1.0" encoding="UTF-8"?>\n<schedule>\n` +
		`\t<generator name="bio-computing-summit" version="1"/>\n` +
		element('url', selfUrl, '\t') +
		element('version', model.version, '\t') +
		`\t<conference>\n` +
		element('acronym', conference.acronym, '\t\t') +
		element('title', conference.title, '\t\t') +
		element('start', conference.start, '\t\t') +
		element('end', conference.end, '\t\t') +
		element('days', String(conference.daysCount), '\t\t') +
		element('timeslot_duration', '00:05', '\t\t') +
		element('base_url', `${model.baseUrl}/`, '\t\t') +
		element('url', conference.url, '\t\t') +
		element('time_zone_name', conference.timeZone, '\t\t') +
		tracks +
		`\t</conference>\n` +
		days +
		`</schedule>\n`
	);
}
