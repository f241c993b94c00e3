import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { db } from '../db';
import { getCurrentEvent } from '../agenda/event';
import { listSpeakers } from '../agenda/speakers';
import { fieldErrors } from '$lib/i18n/form-errors';
import { speakerWords } from '$lib/i18n/form-words';
import { parseWith } from '../forms';
import { findPhoto, processPhoto } from '../media/photos';
import {
	createSpeaker,
	deleteSpeaker,
	moveSpeaker,
	reorderSpeakers,
	speakerSchema,
	updateSpeaker,
	type SpeakerInput
} from './speakers';

// Shares the run's seeded database: speakers made here are never featured (other tests count the
// featured ones) and are deleted at the end; the seeded speakers keep their relative order.
const actor = { id: null, email: 'speakers-test@test.example', ip: '192.0.2.10' };
const created: number[] = [];

async function image(width: number, height: number, format: 'jpeg' | 'png' | 'webp' | 'gif' = 'jpeg') {
	const bytes = await sharp({ create: { width, height, channels: 3, background: '#0a6b66' } })
		[format]()
		.toBuffer();
	return new File([new Uint8Array(bytes)], `photo.${format}`, { type: `image/${format === 'jpeg' ? 'jpeg' : format}` });
}

function input(overrides: Record<string, unknown> = {}): SpeakerInput {
	const parsed = parseWith(speakerSchema, {
		name: `Dr Test ${crypto.randomUUID().slice(0, 6)}`,
		bio: 'A *bio*.',
		...overrides
	});
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
	return parsed.data;
}

async function newSpeaker(overrides: Record<string, unknown> = {}) {
	const event = await getCurrentEvent();
	const result = await createSpeaker(actor, event.id, input(overrides), null);
	if (!result.ok) throw new Error(JSON.stringify(result.problems));
	created.push(result.speaker.id);
	return result.speaker;
}

afterAll(async () => {
	await db.sessionSpeaker.deleteMany({ where: { speakerId: { in: created } } });
	await db.speaker.deleteMany({ where: { id: { in: created } } });
});

describe('the speaker form', () => {
	it('reads checkboxes, link rows and a blank organisation, and says which field is wrong', () => {
		const ok = parseWith(speakerSchema, {
			name: '  Ada Lam ',
			organisationId: '',
			featured: 'on',
			linkLabel: ['Website', '', ''],
			linkUrl: ['https://example.org', '', '']
		});
		expect(ok).toMatchObject({
			ok: true,
			data: {
				name: 'Ada Lam',
				organisationId: null,
				featured: true,
				isPlaceholder: false,
				links: [{ label: 'Website', url: 'https://example.org' }]
			}
		});

		const bad = parseWith(speakerSchema, {
			name: '',
			slug: 'Not A Slug!',
			linkLabel: ['Site', ''],
			linkUrl: ['javascript:alert(1)', 'https://example.org']
		});
		expect(bad).toEqual({
			ok: false,
			problems: {
				name: { code: 'required' },
				slug: { code: 'invalid' },
				'linkUrl.0': { code: 'invalid' },
				'linkLabel.1': { code: 'required' }
			}
		});
		// As the speaker pages word them: the row's number in its sentence.
		expect(bad.ok ? null : fieldErrors(bad.problems, speakerWords)).toEqual({
			name: 'Enter the speaker’s name',
			slug: 'Web address must use only lower-case letters, digits and hyphens',
			'linkUrl.0': 'Enter the address of link 1, starting with https:// or http://',
			'linkLabel.1': 'Enter the text of link 2'
		});
	});
});

describe('speaker photos', () => {
	it('makes square WebP sizes from a JPEG and keeps them under a hashed name', async () => {
		const result = await processPhoto(await image(1200, 800));
		if (!result.ok) throw new Error(result.error);
		expect(result.photo.hash).toMatch(/^[0-9a-f]{16}$/);
		expect(result.photo.variants.map((v) => [v.width, v.height])).toEqual([
			[160, 160],
			[320, 320],
			[640, 640]
		]);
		expect((await sharp(Buffer.from(result.photo.variants[1]!.bytes)).metadata()).format).toBe('webp');
	});

	it('refuses other types, files that are not what they claim, tiny and oversized images', async () => {
		expect(await processPhoto(await image(400, 400, 'gif'))).toEqual({ ok: false, error: 'type' });
		const svg = new File(['<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400"/>'], 'photo.png', {
			type: 'image/png'
		});
		expect(await processPhoto(svg)).toEqual({ ok: false, error: 'type' });
		expect(await processPhoto(new File(['not an image'], 'photo.jpg', { type: 'image/jpeg' }))).toEqual({
			ok: false,
			error: 'unreadable'
		});
		expect(await processPhoto(await image(120, 120))).toEqual({ ok: false, error: 'too-small' });
		expect(await processPhoto(await image(400, 400), 1000)).toEqual({ ok: false, error: 'too-large' });
	});
});

describe('keeping speakers', () => {
	it('adds a speaker with a photo, shown on the public list at the end, and audited', async () => {
		const event = await getCurrentEvent();
		const photo = await processPhoto(await image(900, 900, 'png'));
		if (!photo.ok) throw new Error(photo.error);
		const result = await createSpeaker(
			actor,
			event.id,
			input({ name: 'Prof. Zoë Lam', linkLabel: 'Lab', linkUrl: 'https://lab.example.org' }),
			photo.photo
		);
		if (!result.ok) throw new Error(JSON.stringify(result.problems));
		created.push(result.speaker.id);

		expect(result.speaker.slug).toBe('prof-zoe-lam');
		expect(result.speaker.photoUrl).toBe(`/media/speakers/prof-zoe-lam-${photo.photo.hash}.webp`);
		const stored = await findPhoto(`prof-zoe-lam-${photo.photo.hash}.webp`);
		expect(stored?.width).toBe(320);
		expect(await findPhoto(`prof-zoe-lam-${photo.photo.hash}-640.webp`)).not.toBeNull();
		expect(await findPhoto(`someone-else-${photo.photo.hash}.webp`)).toBeNull();

		const publicList = await listSpeakers(event.id);
		expect(publicList.at(-1)).toMatchObject({
			slug: 'prof-zoe-lam',
			links: [{ label: 'Lab', url: 'https://lab.example.org' }]
		});
		const entry = await db.auditEntry.findFirstOrThrow({
			where: { action: 'speaker.create', entityId: 'prof-zoe-lam' }
		});
		expect(entry.actorEmail).toBe(actor.email);
		expect(JSON.parse(entry.changes)).toMatchObject({ name: 'Prof. Zoë Lam', links: 'Lab <https://lab.example.org>' });

		const again = await createSpeaker(actor, event.id, input({ name: 'Prof. Zoë Lam' }), null);
		expect(again).toMatchObject({ ok: true, speaker: { slug: 'prof-zoe-lam-2' } });
		if (again.ok) created.push(again.speaker.id);
		expect(await createSpeaker(actor, event.id, input({ slug: 'prof-zoe-lam' }), null)).toEqual({
			ok: false,
			problems: { slug: { code: 'taken' } }
		});
	});

	it('replacing the photo retires the old URL; the audit entry says what changed', async () => {
		const event = await getCurrentEvent();
		const speaker = await newSpeaker();
		const first = await processPhoto(await image(500, 500));
		const second = await processPhoto(await image(600, 400, 'webp'));
		if (!first.ok || !second.ok) throw new Error('photo');
		await updateSpeaker(actor, event.id, speaker.id, input({ name: speaker.name }), first.photo);
		await updateSpeaker(
			actor,
			event.id,
			speaker.id,
			input({ name: speaker.name, roleTitle: 'Chief Scientist' }),
			second.photo
		);
		expect(await findPhoto(`${speaker.slug}-${first.photo.hash}.webp`)).toBeNull();
		expect(await findPhoto(`${speaker.slug}-${second.photo.hash}.webp`)).not.toBeNull();
		const entries = await db.auditEntry.findMany({
			where: { action: 'speaker.update', entityId: speaker.slug },
			orderBy: { id: 'asc' }
		});
		expect(JSON.parse(entries[1]!.changes)).toEqual({
			roleTitle: ['', 'Chief Scientist'],
			photoUrl: [
				`/media/speakers/${speaker.slug}-${first.photo.hash}.webp`,
				`/media/speakers/${speaker.slug}-${second.photo.hash}.webp`
			]
		});

		await updateSpeaker(actor, event.id, speaker.id, input({ name: speaker.name, removePhoto: 'on' }), null);
		expect((await db.speaker.findUniqueOrThrow({ where: { id: speaker.id } })).photoUrl).toBeNull();
		expect(await db.speakerPhoto.count({ where: { speakerId: speaker.id } })).toBe(0);
	});

	it('refuses to delete a speaker who is on a session, naming the session', async () => {
		const event = await getCurrentEvent();
		const speaker = await newSpeaker();
		const session = await db.session.findFirstOrThrow({
			where: { eventId: event.id, slug: 'hkic-biomap-signing-ceremony' }
		});
		await db.sessionSpeaker.create({
			data: { sessionId: session.id, speakerId: speaker.id, role: 'speaker', position: 99 }
		});
		expect(await deleteSpeaker(actor, event.id, speaker.id)).toEqual({
			ok: false,
			error: 'on-sessions',
			name: speaker.name,
			sessions: ['HKIC x BioMap Strategic Partnership Agreement Signing Ceremony']
		});
		await db.sessionSpeaker.delete({
			where: { sessionId_speakerId: { sessionId: session.id, speakerId: speaker.id } }
		});
		expect(await deleteSpeaker(actor, event.id, speaker.id)).toEqual({ ok: true, name: speaker.name });
		expect(await db.speaker.findUnique({ where: { id: speaker.id } })).toBeNull();
	});

	it('moves a speaker up and down, and takes a dragged order only when it names everyone once', async () => {
		const event = await getCurrentEvent();
		const a = await newSpeaker();
		const b = await newSpeaker();
		const seededFirst = (await listSpeakers(event.id)).slice(0, 3).map((s) => s.slug);
		const order = async () => (await listSpeakers(event.id)).map((s) => s.id);

		await moveSpeaker(actor, event.id, b.id, 'up');
		expect((await order()).slice(-2)).toEqual([b.id, a.id]);
		await moveSpeaker(actor, event.id, b.id, 'down');
		expect((await order()).slice(-2)).toEqual([a.id, b.id]);

		const all = await order();
		expect(await reorderSpeakers(actor, event.id, all.slice(0, -1))).toBe(false);
		expect(await reorderSpeakers(actor, event.id, [...all.slice(0, -2), b.id, b.id])).toBe(false);
		expect(await reorderSpeakers(actor, event.id, [...all.slice(0, -2), b.id, a.id])).toBe(true);
		expect((await order()).slice(-2)).toEqual([b.id, a.id]);
		expect((await listSpeakers(event.id)).slice(0, 3).map((s) => s.slug)).toEqual(seededFirst);
	});
});
