import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { db } from '../db';
import { parseWith } from '../forms';
import { fieldErrors } from '$lib/i18n/form-errors';
import { organisationWords } from '$lib/i18n/form-words';
import { listEventOrganisations } from '../agenda/event';
import { findLogo, processLogo } from '../media/logos';
import { createTestEvent } from '../testing/fixtures';
import {
	createOrganisation,
	deleteOrganisation,
	moveOrganisation,
	organisationSchema,
	updateOrganisation,
	type OrganisationInput
} from './organisations';
import { listOrganisations } from './speakers';

const actor = { id: null, email: 'organisations-test@test.example', ip: '192.0.2.15' };
const events: number[] = [];
const organisations: number[] = [];
const tag = `${process.pid}-${Date.now()}`;

async function testEvent() {
	const { event } = await createTestEvent({ capacity: null });
	events.push(event.id);
	return event.id;
}

async function png(width: number, height: number) {
	const bytes = await sharp({ create: { width, height, channels: 4, background: '#0a6b66' } })
		.png()
		.toBuffer();
	return new File([new Uint8Array(bytes)], 'logo.png', { type: 'image/png' });
}

function input(overrides: Record<string, unknown> = {}): OrganisationInput {
	const parsed = parseWith(organisationSchema, { name: `Partner ${tag}`, ...overrides });
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
	return parsed.data;
}

async function create(eventId: number, overrides: Record<string, unknown> = {}, logo: File | null = null) {
	const processed = logo ? await processLogo(logo) : null;
	if (processed && !processed.ok) throw new Error(processed.error);
	const result = await createOrganisation(actor, eventId, input(overrides), processed?.logo ?? null);
	if (!result.ok) throw new Error(JSON.stringify(result.problems));
	organisations.push(result.organisation.id);
	return result.organisation;
}

afterAll(async () => {
	await db.speaker.deleteMany({ where: { organisationId: { in: organisations } } });
	await db.organisation.deleteMany({ where: { id: { in: organisations } } });
	await db.event.deleteMany({ where: { id: { in: events } } });
});

describe('organisation logos', () => {
	it('fits the whole logo into 2:1 WebP sizes', async () => {
		const result = await processLogo(await png(600, 120));
		if (!result.ok) throw new Error(result.error);
		expect(result.logo.variants.map((v) => [v.width, v.height])).toEqual([
			[160, 80],
			[320, 160]
		]);
		const metadata = await sharp(Buffer.from(result.logo.variants[1]!.bytes)).metadata();
		expect([metadata.format, metadata.hasAlpha]).toEqual(['webp', true]);
	});

	it('refuses a text file named .png, other types and tiny images', async () => {
		expect(await processLogo(new File(['not a logo'], 'logo.png', { type: 'image/png' }))).toEqual({
			ok: false,
			error: 'unreadable'
		});
		const svg = new File(['<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200"/>'], 'logo.png', {
			type: 'image/png'
		});
		expect(await processLogo(svg)).toEqual({ ok: false, error: 'type' });
		expect(await processLogo(await png(100, 40))).toEqual({ ok: false, error: 'too-small' });
		expect(fieldErrors({ logo: { code: 'unreadable' } }, organisationWords)).toEqual({
			logo: 'The logo is not an image we can read'
		});
	});
});

describe('the organisation form', () => {
	it('reads the parts ticked in a fixed order and refuses an unknown part or website', () => {
		expect(input({ roles: ['ecosystem-partner', 'host'] }).roles).toEqual(['host', 'ecosystem-partner']);
		expect(parseWith(organisationSchema, { name: 'X', roles: 'sponsor', websiteUrl: 'javascript:alert(1)' })).toEqual({
			ok: false,
			problems: { roles: { code: 'invalid' }, websiteUrl: { code: 'invalid' } }
		});
	});
});

describe('keeping organisations', () => {
	it('adds a partner with a logo: the home page lists it, speakers can choose it, audited', async () => {
		const eventId = await testEvent();
		const organisation = await create(
			eventId,
			{ slug: `partner-${tag}`, websiteUrl: 'https://partner.example.org', roles: ['strategic-partner'] },
			await png(400, 200)
		);
		const [listed] = await listEventOrganisations(eventId);
		expect(listed).toMatchObject({
			role: 'strategic-partner',
			name: `Partner ${tag}`,
			shortName: `Partner ${tag}`,
			websiteUrl: 'https://partner.example.org',
			logo: { width: 160, height: 80 }
		});
		expect(listed!.logo!.src).toMatch(new RegExp(`^/media/organisations/partner-${tag}-[0-9a-f]{16}\\.webp$`));
		expect((await findLogo(listed!.logo!.src.split('/').at(-1)!))?.width).toBe(320);
		expect((await findLogo(listed!.logo!.src1x.split('/').at(-1)!))?.width).toBe(160);
		expect((await listOrganisations()).map((o) => o.id)).toContain(organisation.id);

		const entry = await db.auditEntry.findFirstOrThrow({
			where: { action: 'organisation.create', entityId: `partner-${tag}` }
		});
		expect(JSON.parse(entry.changes)).toMatchObject({
			roles: 'strategic-partner',
			websiteUrl: 'https://partner.example.org'
		});
	});

	it('refuses a web address another organisation has, writing nothing', async () => {
		const eventId = await testEvent();
		const audited = await db.auditEntry.count();
		const before = await db.organisation.count();
		expect(await createOrganisation(actor, eventId, input({ slug: 'biomap', roles: ['host'] }), null)).toEqual({
			ok: false,
			problems: { slug: { code: 'taken' } }
		});
		expect([await db.organisation.count(), await db.auditEntry.count()]).toEqual([before, audited]);
		expect(await db.eventOrganisation.count({ where: { eventId } })).toBe(0);
	});

	it('changes parts, replaces and removes the logo, audited with what changed', async () => {
		const eventId = await testEvent();
		const organisation = await create(eventId, { roles: ['ecosystem-partner'] }, await png(300, 300));
		const oldLogo = (await db.organisationLogo.findFirstOrThrow({ where: { organisationId: organisation.id } })).hash;
		const replacement = await processLogo(await png(500, 200));
		if (!replacement.ok) throw new Error(replacement.error);
		await updateOrganisation(
			actor,
			eventId,
			organisation.id,
			input({ roles: ['host', 'speaker-organisation'] }),
			replacement.logo
		);
		expect((await listEventOrganisations(eventId)).map((o) => o.role)).toEqual(['host', 'speaker-organisation']);
		expect(await findLogo(`${organisation.slug}-${oldLogo}.webp`)).toBeNull();
		const entry = await db.auditEntry.findFirstOrThrow({
			where: { action: 'organisation.update' },
			orderBy: { id: 'desc' }
		});
		expect(JSON.parse(entry.changes)).toEqual({
			roles: ['ecosystem-partner', 'host, speaker-organisation'],
			logo: [oldLogo, replacement.logo.hash]
		});

		await updateOrganisation(actor, eventId, organisation.id, input({ roles: ['host'], removeLogo: 'on' }), null);
		expect(await db.organisationLogo.count({ where: { organisationId: organisation.id } })).toBe(0);
		expect((await listEventOrganisations(eventId))[0]?.logo).toBeNull();
	});

	it('orders partners within their part, and refuses to delete an organisation speakers name', async () => {
		const eventId = await testEvent();
		const first = await create(eventId, { name: `First ${tag}`, roles: ['ecosystem-partner'] });
		const second = await create(eventId, { name: `Second ${tag}`, roles: ['ecosystem-partner'] });
		expect(await moveOrganisation(actor, eventId, second.id, 'ecosystem-partner', 'up')).toBe(true);
		expect((await listEventOrganisations(eventId)).map((o) => o.id)).toEqual([second.id, first.id]);
		expect(await moveOrganisation(actor, eventId, second.id, 'host', 'up')).toBe(false);

		await db.speaker.create({ data: { eventId, slug: 'rep', name: 'A Representative', organisationId: first.id } });
		expect(await deleteOrganisation(actor, eventId, first.id)).toEqual({
			ok: false,
			error: 'in-use',
			name: `First ${tag}`,
			speakers: ['A Representative']
		});
		expect(await deleteOrganisation(actor, eventId, second.id)).toEqual({ ok: true, name: `Second ${tag}` });
		expect(await db.organisation.count({ where: { id: second.id } })).toBe(0);
	});
});
