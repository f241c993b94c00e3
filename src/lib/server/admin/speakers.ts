// Organizers keeping the speaker list: create, edit, reorder, delete, with photos and Markdown bios.
// Each change is one transaction with its audit entry and the content-version bump that renews public pages.
import { z } from 'zod';
import { db } from '../db';
import { isPrismaError } from '../db/prisma-errors';
import { auditEntry, changedFields, createdFields, type Actor } from '../audit/audit';
import { commitContentChange } from '../cache/content-version';
import { imageRows } from '../media/images';
import { photoPath, type ProcessedPhoto } from '../media/photos';
import { availableSlug } from './slugs';
import type { FieldProblem, FieldProblems } from '../forms';
import { addProblem, checkbox, checkText, list, optionalId, text } from '../forms/fields';
import { optionalSlug } from './form-fields';
import { translationShape, translationsFromForm } from '../content/form';
import { changedTranslations } from '../content/translations';

export const LINK_ROWS = 4;
const BIO_MAX_LENGTH = 6000;

/** A row of the links fieldset: both parts, or neither (an empty row is no link). */
function checkLink(label = '', url = '') {
	const labelText = checkText(label, { max: 80 });
	const address = checkText(url, { max: 500 });
	const wrong = (problem: FieldProblem) => ({ ok: false as const, problem });
	return {
		empty: labelText.ok && labelText.text === '' && address.ok && address.text === '',
		label: labelText.ok && labelText.text === '' ? wrong({ code: 'required' }) : labelText,
		url: address.ok && !isWebAddress(address.text) ? wrong({ code: 'invalid' }) : address
	};
}

/** The speaker's text fields organizers translate, with the English field's limits. */
export const SPEAKER_TEXT = {
	name: { max: 120 },
	honorific: { max: 40 },
	roleTitle: { max: 160 },
	bio: { max: BIO_MAX_LENGTH, multiline: true }
};

export const speakerSchema = z
	.object({
		name: text({ max: 120, required: true }),
		honorific: text({ max: 40 }),
		roleTitle: text({ max: 160 }),
		organisationId: optionalId(),
		slug: optionalSlug,
		bio: text({ max: BIO_MAX_LENGTH, multiline: true }),
		featured: checkbox,
		isPlaceholder: checkbox,
		removePhoto: checkbox,
		linkLabel: list,
		linkUrl: list,
		...translationShape(SPEAKER_TEXT)
	})
	.superRefine((input, context) => {
		for (let i = 0; i < Math.max(input.linkLabel.length, input.linkUrl.length); i++) {
			const link = checkLink(input.linkLabel[i], input.linkUrl[i]);
			if (link.empty) continue;
			if (!link.label.ok) addProblem(context, link.label.problem, ['linkLabel', i]);
			if (!link.url.ok) addProblem(context, link.url.problem, ['linkUrl', i]);
		}
	})
	.transform(({ linkLabel, linkUrl, ...speaker }) => ({
		...speaker,
		links: linkLabel.flatMap((label, i) => {
			const link = checkLink(label, linkUrl[i]);
			return link.label.ok && link.url.ok && !link.empty ? [{ label: link.label.text, url: link.url.text }] : [];
		})
	}));

export type SpeakerInput = z.output<typeof speakerSchema>;

function isWebAddress(value: string): boolean {
	try {
		const url = new URL(value);
		return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
	} catch {
		return false;
	}
}

export function listSpeakersForAdmin(eventId: number) {
	return db.speaker.findMany({
		where: { eventId },
		orderBy: [{ displayOrder: 'asc' }, { id: 'asc' }],
		select: {
			id: true,
			slug: true,
			name: true,
			honorific: true,
			roleTitle: true,
			photoUrl: true,
			featured: true,
			isPlaceholder: true,
			organisation: { select: { shortName: true, name: true } },
			_count: { select: { sessions: true } }
		}
	});
}

export function getSpeakerForEdit(eventId: number, id: number) {
	return db.speaker.findFirst({
		where: { eventId, id },
		include: {
			links: { orderBy: { position: 'asc' } },
			sessions: { select: { session: { select: { id: true, title: true } } } }
		}
	});
}

export function listOrganisations() {
	return db.organisation.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true } });
}

/** Refused: `invalid` (organisationId: no such organisation), `taken` (slug), `not-found` (the form). */
type Refused = { ok: false; problems: FieldProblems; notFound?: true };
const refused = (field: 'slug' | 'organisationId' | 'form', code: 'invalid' | 'taken' | 'not-found'): Refused => ({
	ok: false,
	problems: { [field]: { code } },
	...(code === 'not-found' ? { notFound: true as const } : {})
});

async function takenSlugs(eventId: number): Promise<Set<string>> {
	return new Set(
		(await db.speaker.findMany({ where: { eventId }, select: { slug: true } })).map((speaker) => speaker.slug)
	);
}

async function organisationExists(id: number | null): Promise<boolean> {
	return id === null || (await db.organisation.count({ where: { id } })) === 1;
}

export async function createSpeaker(actor: Actor, eventId: number, input: SpeakerInput, photo: ProcessedPhoto | null) {
	if (!(await organisationExists(input.organisationId))) return refused('organisationId', 'invalid');
	const taken = await takenSlugs(eventId);
	if (input.slug && taken.has(input.slug)) return refused('slug', 'taken');
	const slug = input.slug || availableSlug(input.name, taken, `speaker-${Date.now().toString(36)}`);
	const last = await db.speaker.aggregate({ where: { eventId }, _max: { displayOrder: true } });
	const values = {
		eventId,
		slug,
		name: input.name,
		honorific: input.honorific,
		roleTitle: input.roleTitle,
		organisationId: input.organisationId,
		bio: input.bio,
		featured: input.featured,
		isPlaceholder: input.isPlaceholder,
		displayOrder: (last._max.displayOrder ?? -1) + 1,
		photoUrl: photo ? photoPath(slug, photo.hash) : null,
		translations: translationsFromForm(input, SPEAKER_TEXT)
	};
	try {
		const [speaker] = await commitContentChange([
			db.speaker.create({
				data: {
					...values,
					links: { create: input.links.map((link, position) => ({ ...link, position })) },
					...(photo ? { photos: { create: imageRows(photo) } } : {})
				}
			}),
			auditEntry(actor, {
				action: 'speaker.create',
				entityType: 'speaker',
				entityId: slug,
				summary: input.name,
				changes: createdFields({
					...values,
					links: input.links.map((link) => `${link.label} <${link.url}>`).join(', ')
				})
			})
		]);
		return { ok: true as const, speaker };
	} catch (error) {
		if (isPrismaError(error, 'P2002')) return refused('slug', 'taken');
		throw error;
	}
}

export async function updateSpeaker(
	actor: Actor,
	eventId: number,
	id: number,
	input: SpeakerInput,
	photo: ProcessedPhoto | null
) {
	const before = await getSpeakerForEdit(eventId, id);
	if (!before) return refused('form', 'not-found');
	if (!(await organisationExists(input.organisationId))) return refused('organisationId', 'invalid');

	const photoUrl = photo ? photoPath(before.slug, photo.hash) : input.removePhoto ? null : before.photoUrl;
	const after = {
		name: input.name,
		honorific: input.honorific,
		roleTitle: input.roleTitle,
		organisationId: input.organisationId,
		bio: input.bio,
		featured: input.featured,
		isPlaceholder: input.isPlaceholder,
		photoUrl
	};
	const linksText = (links: { label: string; url: string }[]) =>
		links.map((link) => `${link.label} <${link.url}>`).join(', ');
	const translations = translationsFromForm(input, SPEAKER_TEXT);
	const changes = {
		...changedFields({ ...before, links: linksText(before.links) }, { ...after, links: linksText(input.links) }),
		...changedTranslations(before.translations, translations)
	};
	await commitContentChange([
		db.speaker.update({
			where: { id },
			data: {
				...after,
				translations,
				links: { deleteMany: {}, create: input.links.map((link, position) => ({ ...link, position })) },
				// The old photo's rows go with the new photo or with the removal; its URL then answers 404.
				...(photo || input.removePhoto
					? { photos: { deleteMany: {}, ...(photo ? { create: imageRows(photo) } : {}) } }
					: {})
			}
		}),
		auditEntry(actor, {
			action: 'speaker.update',
			entityType: 'speaker',
			entityId: before.slug,
			summary: input.name,
			changes
		})
	]);
	return { ok: true as const };
}

export async function deleteSpeaker(actor: Actor, eventId: number, id: number) {
	const speaker = await getSpeakerForEdit(eventId, id);
	if (!speaker) return { ok: false as const, error: 'not-found' as const };
	if (speaker.sessions.length > 0) {
		return {
			ok: false as const,
			error: 'on-sessions' as const,
			name: speaker.name,
			sessions: speaker.sessions.map((s) => s.session.title)
		};
	}
	try {
		await commitContentChange([
			db.speaker.delete({ where: { id } }),
			auditEntry(actor, {
				action: 'speaker.delete',
				entityType: 'speaker',
				entityId: speaker.slug,
				summary: speaker.name,
				changes: createdFields({ name: speaker.name, roleTitle: speaker.roleTitle, bio: speaker.bio })
			})
		]);
	} catch (error) {
		// Assigned to a session between the check and the delete: SessionSpeaker restricts it.
		if (isPrismaError(error, 'P2003')) {
			const sessions = await db.sessionSpeaker.findMany({
				where: { speakerId: id },
				select: { session: { select: { title: true } } }
			});
			return {
				ok: false as const,
				error: 'on-sessions' as const,
				name: speaker.name,
				sessions: sessions.map((s) => s.session.title)
			};
		}
		if (isPrismaError(error, 'P2025')) return { ok: false as const, error: 'not-found' as const };
		throw error;
	}
	return { ok: true as const, name: speaker.name };
}

/** Writes a new display order (every speaker of the event, once each) as 0, 1, 2 … */
async function writeOrder(actor: Actor, eventId: number, orderedIds: number[], before: number[]) {
	if (orderedIds.every((id, index) => id === before[index])) return;
	await commitContentChange([
		...orderedIds.map((id, displayOrder) => db.speaker.update({ where: { id, eventId }, data: { displayOrder } })),
		auditEntry(actor, {
			action: 'speaker.reorder',
			entityType: 'speaker',
			changes: { order: [before.join(','), orderedIds.join(',')] }
		})
	]);
}

async function currentOrder(eventId: number): Promise<number[]> {
	return (await listSpeakersForAdmin(eventId)).map((speaker) => speaker.id);
}

export async function moveSpeaker(
	actor: Actor,
	eventId: number,
	id: number,
	direction: 'up' | 'down'
): Promise<boolean> {
	const order = await currentOrder(eventId);
	const index = order.indexOf(id);
	if (index === -1) return false;
	const target = direction === 'up' ? index - 1 : index + 1;
	if (target < 0 || target >= order.length) return true;
	const next = [...order];
	[next[index], next[target]] = [next[target]!, next[index]!];
	await writeOrder(actor, eventId, next, order);
	return true;
}

/** Drag and drop sends the whole order; it must name every speaker exactly once. */
export async function reorderSpeakers(actor: Actor, eventId: number, orderedIds: number[]): Promise<boolean> {
	const order = await currentOrder(eventId);
	const same =
		orderedIds.length === order.length &&
		new Set(orderedIds).size === order.length &&
		orderedIds.every((id) => order.includes(id));
	if (!same) return false;
	await writeOrder(actor, eventId, orderedIds, order);
	return true;
}
