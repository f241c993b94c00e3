// The schedule files against the validators of the formats' keepers (voc/schedule, copied into
// tests/fixtures/voc-schedule/), read from the run's seeded database (testing/global-setup.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json' with { type: 'json' };
import addFormats from 'ajv-formats';
import { validateXML } from 'xmllint-wasm';
import { isoInZone } from '$lib/time';
import { db } from '../../db';
import { getCurrentEvent } from '../event';
import { createTestEvent } from '../../testing/fixtures';
import { getScheduleFile } from '.';
import { uuidV5 } from './model';

const origin = 'http://summit.test';
const fixture = (name: string) => readFileSync(`tests/fixtures/voc-schedule/${name}`, 'utf8');

function jsonValidator() {
	// The schema is draft-06 and uses a "color" format the JSON Schema standard does not define.
	const ajv = new Ajv({ strict: false, allErrors: true });
	ajv.addMetaSchema(draft06);
	addFormats(ajv);
	ajv.addFormat('color', /^#[0-9a-fA-F]{6}$/);
	return ajv.compile(JSON.parse(fixture('schema.json')));
}

async function currentEdition() {
	return { event: await getCurrentEvent(), base: '' };
}

type JsonSession = {
	guid: string;
	title: string;
	date: string;
	duration: string;
	room: string;
	persons: { name: string }[];
};
type JsonSchedule = {
	schedule: {
		version: string;
		conference: {
			acronym: string;
			days: { date: string; rooms: Record<string, JsonSession[]> }[];
			rooms: { name: string }[];
		};
	};
};
const sessionsOf = (document: JsonSchedule) =>
	document.schedule.conference.days.flatMap((day) => Object.values(day.rooms).flat());

describe('schedule files', () => {
	it('makes name-based UUIDs as RFC 4122 does (version 5, URL namespace)', () => {
		// Python: uuid.uuid5(uuid.NAMESPACE_URL, 'https://example.org/')
		expect(uuidV5('https://example.org/')).toBe('527dda32-a0de-5105-a042-cb475b5f7d11');
	});

	it('writes the seeded programme as c3voc schedule JSON that the c3voc schema accepts', async () => {
		const file = await getScheduleFile('json', await currentEdition(), origin, 'en');
		const document = JSON.parse(file.body) as JsonSchedule;
		const validate = jsonValidator();
		expect(validate(document), JSON.stringify(validate.errors, null, 1)).toBe(true);

		const signing = sessionsOf(document).find((session) => session.title.includes('Signing'));
		expect(signing).toMatchObject({ date: expect.stringMatching(/^2024-06-24T\d\d:\d\d:00\+08:00$/) });
		expect(signing!.persons.map((person) => person.name).join(' ')).toContain('Clara Chan');
		expect(document.schedule.conference.acronym).toBe('biocomputing_summit_2024');
		expect(document.schedule.conference.days.map((day) => day.date)).toEqual(['2024-06-24']);
	});

	it('refuses what the schema refuses (the check can fail)', async () => {
		const file = await getScheduleFile('json', await currentEdition(), origin, 'en');
		const document = JSON.parse(file.body) as JsonSchedule;
		delete (document.schedule as Partial<JsonSchedule['schedule']>).version;
		expect(jsonValidator()(document)).toBe(false);
	});

	it('writes frab XML that the c3voc XSD accepts, and an invalid one is caught', async () => {
		const file = await getScheduleFile('xml', await currentEdition(), origin, 'en');
		const schema = [{ fileName: 'schedule.xml.xsd', contents: fixture('schedule.xml.xsd') }];
		const result = await validateXML({ xml: [{ fileName: 'schedule.xml', contents: file.body }], schema });
		expect(result.errors, result.rawOutput).toEqual([]);
		expect(result.valid).toBe(true);
		expect(file.body).toContain('<time_zone_name>Asia/Hong_Kong</time_zone_name>');

		const broken = file.body.replace(/<duration>[^<]*<\/duration>/, '<duration>an hour</duration>');
		const refused = await validateXML({ xml: [{ fileName: 'broken.xml', contents: broken }], schema });
		expect(refused.valid).toBe(false);
	});

	it('follows the programme: a moved session moves, a cancelled one leaves, and the version is the release', async () => {
		const { event, sessionIds } = await createTestEvent({ capacity: null, sessionCapacities: [null, null] });
		const [first, second] = event.sessions;
		const edition = { event, base: '' };
		const read = async () => JSON.parse((await getScheduleFile('json', edition, origin, 'en')).body) as JsonSchedule;
		expect((await read()).schedule.version).toBe('0');

		const later = (date: Date) => new Date(date.getTime() + 30 * 60_000);
		await db.session.update({
			where: { id: first!.id },
			data: { startsAt: later(first!.startsAt), endsAt: later(first!.endsAt) }
		});
		await db.session.update({ where: { id: second!.id }, data: { status: 'cancelled' } });
		await db.scheduleRelease.create({ data: { eventId: event.id, sequence: 1, version: '1.1', snapshot: '[]' } });

		const document = await read();
		expect(document.schedule.version).toBe('1.1');
		const sessions = sessionsOf(document);
		const guid = (id: number) => uuidV5(`session-${id}@${event.slug}`);
		expect(sessions.map((session) => session.guid)).toEqual([guid(sessionIds[0]!)]);
		expect(sessions[0]!.date).toBe(isoInZone(later(first!.startsAt), 'Asia/Hong_Kong'));
		expect(jsonValidator()(document)).toBe(true);
	});
});
