// An admin starts the next edition from the current one: a draft with the same organisations in the same
// parts, the tracks, the rooms and, if asked, the speakers (with their links and photos). Never the
// sessions, registrations, quotes or highlights: those belong to the edition they happened in.
import { z } from 'zod';
import { db } from '../db';
import { commitContentChange } from '../cache/content-version';
import { isPrismaError } from '../db/prisma-errors';
import { auditEntry, createdFields, type Actor } from '../audit/audit';
import type { FieldProblems } from '../forms';
import { checkbox, text } from '../forms/fields';
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from '../admin/slugs';
import { fromZonedLocal } from '../admin/zoned-time';
import type { SummitEvent } from '../agenda/event';
import { editionYear } from './editions';
import { withoutTranslations } from '../content/translations';

export const nextEditionSchema = z.object({
	name: text({ max: 160, required: true }),
	slug: z.preprocess(
		(value) => value ?? '',
		z
			.string('invalid')
			.trim()
			.toLowerCase()
			.min(1, 'required')
			.max(SLUG_MAX_LENGTH, 'too-long')
			.refine((slug) => SLUG_PATTERN.test(slug), 'invalid')
	),
	startsAt: text({ max: 16, required: true }),
	endsAt: text({ max: 16, required: true }),
	copySpeakers: checkbox
});

export type NextEditionInput = z.output<typeof nextEditionSchema>;

type Refused = { ok: false; problems: FieldProblems };
const refused = (problems: FieldProblems): Refused => ({ ok: false, problems });

/**
 * Creates the draft in one transaction with its audit entry and the content version. Refused, with nothing written: `taken`
 * (slug: every edition's slug is in its calendar UIDs, so two may never share one), `year-taken`
 * (startsAt: /<year>/ must name one edition), `invalid` times, `end-before-start`.
 */
export async function createNextEdition(actor: Actor, from: SummitEvent, input: NextEditionInput) {
	const startsAt = fromZonedLocal(input.startsAt, from.timeZone);
	const endsAt = fromZonedLocal(input.endsAt, from.timeZone);
	const problems: FieldProblems = {};
	if (!startsAt) problems.startsAt = { code: 'invalid' };
	if (!endsAt) problems.endsAt = { code: 'invalid' };
	if (startsAt && endsAt && endsAt <= startsAt) problems.endsAt = { code: 'end-before-start' };
	if ((await db.event.count({ where: { slug: input.slug } })) > 0) problems.slug = { code: 'taken' };
	if (startsAt) {
		const year = editionYear({ startsAt, timeZone: from.timeZone });
		const editions = await db.event.findMany({ select: { startsAt: true, timeZone: true } });
		if (editions.some((edition) => editionYear(edition) === year)) problems.startsAt = { code: 'year-taken' };
	}
	if (!startsAt || !endsAt || Object.keys(problems).length > 0) return refused(problems);

	const source = await db.event.findUniqueOrThrow({
		where: { id: from.id },
		include: { organisations: true, tracks: true, rooms: true }
	});
	const speakers = input.copySpeakers
		? await db.speaker.findMany({ where: { eventId: from.id }, include: { links: true, photos: true } })
		: [];
	const values = {
		slug: input.slug,
		name: input.name,
		tagline: source.tagline,
		description: source.description,
		timeZone: source.timeZone,
		startsAt,
		endsAt,
		venueName: source.venueName,
		venueAddress: source.venueAddress,
		venueDistrict: source.venueDistrict,
		venueMapUrl: source.venueMapUrl,
		contactEmail: source.contactEmail,
		isSampleProgramme: source.isSampleProgramme,
		capacity: source.capacity,
		// The Chinese versions come along, but not of the name, which the admin has just typed anew.
		translations: withoutTranslations(source.translations, ['name']),
		status: 'draft'
	};
	try {
		// With the content version: every instance's list of editions (kept for a second) drops the old one,
		// so the page the admin is sent to next lists the draft.
		const [edition] = await commitContentChange([
			db.event.create({
				data: {
					...values,
					organisations: {
						create: source.organisations.map(({ organisationId, role, position }) => ({
							organisationId,
							role,
							position
						}))
					},
					tracks: {
						create: source.tracks.map(({ slug, name, description, color, position, translations }) => ({
							slug,
							name,
							description,
							color,
							position,
							translations
						}))
					},
					rooms: {
						create: source.rooms.map(({ slug, name, description, capacity, position, translations }) => ({
							slug,
							name,
							description,
							capacity,
							position,
							translations
						}))
					},
					speakers: {
						create: speakers.map((speaker) => ({
							slug: speaker.slug,
							name: speaker.name,
							honorific: speaker.honorific,
							roleTitle: speaker.roleTitle,
							organisationId: speaker.organisationId,
							bio: speaker.bio,
							photoUrl: speaker.photoUrl,
							displayOrder: speaker.displayOrder,
							featured: speaker.featured,
							isPlaceholder: speaker.isPlaceholder,
							translations: speaker.translations,
							links: { create: speaker.links.map(({ label, url, position }) => ({ label, url, position })) },
							photos: {
								create: speaker.photos.map(({ hash, width, height, contentType, bytes }) => ({
									hash,
									width,
									height,
									contentType,
									bytes
								}))
							}
						}))
					}
				}
			}),
			auditEntry(actor, {
				action: 'edition.create',
				entityType: 'edition',
				entityId: input.slug,
				summary: input.name,
				changes: createdFields({
					...values,
					copiedFrom: source.slug,
					organisations: source.organisations.length,
					tracks: source.tracks.length,
					rooms: source.rooms.length,
					speakers: speakers.length
				})
			})
		]);
		return { ok: true as const, edition };
	} catch (error) {
		// Another admin took the slug between the check and the write.
		if (isPrismaError(error, 'P2002')) return refused({ slug: { code: 'taken' } });
		throw error;
	}
}

/** What the form starts with: the current edition a year later. */
export function nextEditionDefaults(from: SummitEvent) {
	const later = (instant: Date) => {
		const next = new Date(instant);
		next.setUTCFullYear(next.getUTCFullYear() + 1);
		return next;
	};
	const year = editionYear(from) + 1;
	return {
		name: from.name.replace(String(year - 1), String(year)),
		slug: from.slug.includes(String(year - 1)) ? from.slug.replace(String(year - 1), String(year)) : '',
		startsAt: later(from.startsAt),
		endsAt: later(from.endsAt),
		copySpeakers: false
	};
}
