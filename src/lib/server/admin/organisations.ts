// Organizers keeping the organisations: who they are (name, website, logo; shared by every edition) and the
// parts they play in the edition being edited (EventOrganisation: host, organiser, partners, speakers'
// organisations), in the home page's order. Each change is one transaction with its audit entry and the
// content-version bump that renews public pages. Logos go through the speaker-photo pipeline (../media/logos.ts).
import { z } from 'zod';
import { ORGANISATION_ROLES, type OrganisationRole } from '$lib/agenda/vocabulary';
import { db } from '../db';
import { isPrismaError } from '../db/prisma-errors';
import { auditEntry, changedFields, createdFields, type Actor } from '../audit/audit';
import { commitContentChange } from '../cache/content-version';
import type { FieldProblems } from '../forms';
import { checkbox, choice, list, text } from '../forms/fields';
import { imageRows } from '../media/images';
import { LOGO_HASH, logoOf, type ProcessedLogo } from '../media/logos';
import { moveSchema, optionalSlug, optionalWebAddress } from './form-fields';
import { moved, orderChange, sameOrder, type Direction } from './ordering';
import { availableSlug } from './slugs';
import { translationShape, translationsFromForm } from '../content/form';
import { changedTranslations } from '../content/translations';

/** The organisation's text fields organizers translate, with the English field's limits. */
export const ORGANISATION_TEXT = {
	name: { max: 160 },
	shortName: { max: 60 },
	description: { max: 2000, multiline: true }
};

export const organisationSchema = z.object({
	name: text({ max: 160, required: true }),
	shortName: text({ max: 60 }),
	slug: optionalSlug,
	description: text({ max: 2000, multiline: true }),
	websiteUrl: optionalWebAddress,
	roles: list
		.refine((roles) => roles.every((role) => (ORGANISATION_ROLES as readonly string[]).includes(role)), 'invalid')
		.transform((roles) => ORGANISATION_ROLES.filter((role) => roles.includes(role))),
	removeLogo: checkbox,
	...translationShape(ORGANISATION_TEXT)
});

export type OrganisationInput = z.output<typeof organisationSchema>;

type Refused = { ok: false; problems: FieldProblems; notFound?: true };
const refused = (field: string, code: string): Refused => ({
	ok: false,
	problems: { [field]: { code } },
	...(code === 'not-found' ? { notFound: true as const } : {})
});

/** Every organisation, with its parts in this edition and its logo. */
export async function listOrganisationsForAdmin(eventId: number) {
	const organisations = await db.organisation.findMany({
		orderBy: [{ name: 'asc' }, { id: 'asc' }],
		include: {
			events: { where: { eventId }, select: { role: true, position: true } },
			logos: LOGO_HASH,
			_count: { select: { speakers: true } }
		}
	});
	return organisations.map(({ logos, ...organisation }) => ({
		...organisation,
		logo: logoOf({ ...organisation, logos })
	}));
}

export async function getOrganisationForEdit(eventId: number, id: number) {
	const organisation = await db.organisation.findUnique({
		where: { id },
		include: {
			events: { where: { eventId }, select: { role: true } },
			logos: LOGO_HASH,
			speakers: { select: { name: true }, orderBy: { name: 'asc' } }
		}
	});
	if (!organisation) return null;
	return {
		...organisation,
		roles: ORGANISATION_ROLES.filter((role) => organisation.events.some((link) => link.role === role)),
		logo: logoOf(organisation)
	};
}

/** The next place at the end of each role's list in the edition. */
async function nextPositions(eventId: number) {
	const rows = await db.eventOrganisation.groupBy({ by: ['role'], where: { eventId }, _max: { position: true } });
	return (role: OrganisationRole) => (rows.find((row) => row.role === role)?._max.position ?? -1) + 1;
}

const details = (input: OrganisationInput) => ({
	name: input.name,
	shortName: input.shortName || input.name,
	description: input.description,
	websiteUrl: input.websiteUrl || null
});

export async function createOrganisation(
	actor: Actor,
	eventId: number,
	input: OrganisationInput,
	logo: ProcessedLogo | null
) {
	const taken = new Set((await db.organisation.findMany({ select: { slug: true } })).map((o) => o.slug));
	if (input.slug && taken.has(input.slug)) return refused('slug', 'taken');
	const slug = input.slug || availableSlug(input.name, taken, `organisation-${Date.now().toString(36)}`);
	const position = await nextPositions(eventId);
	const values = { slug, ...details(input), translations: translationsFromForm(input, ORGANISATION_TEXT) };
	try {
		const [organisation] = await commitContentChange([
			db.organisation.create({
				data: {
					...values,
					events: { create: input.roles.map((role) => ({ eventId, role, position: position(role) })) },
					...(logo ? { logos: { create: imageRows(logo) } } : {})
				}
			}),
			auditEntry(actor, {
				action: 'organisation.create',
				entityType: 'organisation',
				entityId: slug,
				summary: values.name,
				changes: createdFields({ ...values, roles: input.roles.join(', '), logo: logo?.hash ?? null })
			})
		]);
		return { ok: true as const, organisation };
	} catch (error) {
		if (isPrismaError(error, 'P2002')) return refused('slug', 'taken');
		throw error;
	}
}

/** The web address (slug) stays: it names the logo's files. */
export async function updateOrganisation(
	actor: Actor,
	eventId: number,
	id: number,
	input: OrganisationInput,
	logo: ProcessedLogo | null
) {
	const before = await getOrganisationForEdit(eventId, id);
	if (!before) return refused('form', 'not-found');
	const after = details(input);
	const added = input.roles.filter((role) => !before.roles.includes(role));
	const removed = before.roles.filter((role) => !input.roles.includes(role));
	const logoAfter = logo ? logo.hash : input.removeLogo ? null : (before.logos[0]?.hash ?? null);
	const translations = translationsFromForm(input, ORGANISATION_TEXT);
	const changes = {
		...changedFields(
			{ ...before, roles: before.roles.join(', '), logo: before.logos[0]?.hash ?? null },
			{ ...after, roles: input.roles.join(', '), logo: logoAfter }
		),
		...changedTranslations(before.translations, translations)
	};
	if (Object.keys(changes).length === 0) return { ok: true as const };
	const position = await nextPositions(eventId);
	await commitContentChange([
		db.organisation.update({
			where: { id },
			data: {
				...after,
				translations,
				events: {
					deleteMany: { eventId, role: { in: removed } },
					create: added.map((role) => ({ eventId, role, position: position(role) }))
				},
				// The old logo's rows go with the new logo or with the removal; its URL then answers 404.
				...(logo || input.removeLogo ? { logos: { deleteMany: {}, ...(logo ? { create: imageRows(logo) } : {}) } } : {})
			}
		}),
		auditEntry(actor, {
			action: 'organisation.update',
			entityType: 'organisation',
			entityId: before.slug,
			summary: after.name,
			changes
		})
	]);
	return { ok: true as const };
}

export type RemoveOrganisationResult =
	| { ok: true; name: string }
	| { ok: false; error: 'not-found' }
	| { ok: false; error: 'in-use'; name: string; speakers: string[] };

/** Refused while speakers (of any edition) name it: removing it would silently blank their organisation. */
export async function deleteOrganisation(actor: Actor, eventId: number, id: number): Promise<RemoveOrganisationResult> {
	const organisation = await getOrganisationForEdit(eventId, id);
	if (!organisation) return { ok: false, error: 'not-found' };
	if (organisation.speakers.length > 0)
		return { ok: false, error: 'in-use', name: organisation.name, speakers: organisation.speakers.map((s) => s.name) };
	try {
		await commitContentChange([
			db.organisation.delete({ where: { id, speakers: { none: {} } } }),
			auditEntry(actor, {
				action: 'organisation.delete',
				entityType: 'organisation',
				entityId: organisation.slug,
				summary: organisation.name,
				changes: createdFields({
					name: organisation.name,
					shortName: organisation.shortName,
					websiteUrl: organisation.websiteUrl,
					roles: organisation.roles.join(', ')
				})
			})
		]);
	} catch (error) {
		if (isPrismaError(error, 'P2025')) return deleteOrganisation(actor, eventId, id);
		throw error;
	}
	return { ok: true, name: organisation.name };
}

/** Moves an organisation within one of its parts in the edition (the home page's order in that group). */
export async function moveOrganisation(
	actor: Actor,
	eventId: number,
	id: number,
	role: OrganisationRole,
	direction: Direction
): Promise<boolean> {
	const links = await db.eventOrganisation.findMany({
		where: { eventId, role },
		orderBy: [{ position: 'asc' }, { organisationId: 'asc' }],
		select: { organisationId: true }
	});
	const before = links.map((link) => link.organisationId);
	const after = moved(before, id, direction);
	if (!after) return false;
	if (sameOrder(before, after)) return true;
	await commitContentChange([
		...after.map((organisationId, position) =>
			db.eventOrganisation.update({
				where: { eventId_organisationId_role: { eventId, organisationId, role } },
				data: { position }
			})
		),
		auditEntry(actor, {
			action: 'organisation.reorder',
			entityType: 'organisation',
			summary: role,
			changes: orderChange(before, after)
		})
	]);
	return true;
}

/** An up or down button within one part of the edition. */
export const organisationMoveSchema = moveSchema.extend({ role: choice(ORGANISATION_ROLES, 'stale') });
