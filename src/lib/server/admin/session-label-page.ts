// The organizer's page of one room or one track, the two things sessions are labelled with: its form with
// the translations, saving it, and deleting it, which is refused with the sessions' titles while sessions
// still use it. Each route names its data key, its domain functions and its words, and calls requireRole()
// itself before these (src/routes/admin/authorization-coverage.test.ts reads it there).
import { error, redirect, type Cookies } from '@sveltejs/kit';
import type { z } from 'zod';
import type { Actor } from '../audit/audit';
import { currentActor } from '../auth/guard';
import { translationFormValues, type TextLimits } from '../content/form';
import { invalid, readForm, type FieldProblems } from '../forms';
import { m } from '$lib/paraglide/messages';
import { fieldErrors, type FormWords } from '$lib/i18n/form-errors';
import { deleteWords } from '$lib/i18n/form-words';
import { localizeHref } from '$lib/i18n/href';
import { organizerEdition } from './edition';
import { confirmDeleteSchema, pathId } from './form-fields';
import type { RemoveResult } from './tracks';

type Saved = { ok: true } | { ok: false; problems: FieldProblems; notFound?: true };

/** Every such form has the name the notice after saving repeats. */
type Named = z.ZodType<{ name: string }>;

type SessionLabel<Schema extends Named, Item extends { translations: string }> = {
	/** The list page, where a deleted one's name is shown. */
	listPath: string;
	schema: Schema;
	/** The text fields organizers translate, with their limits. */
	text: Record<string, TextLimits>;
	words: FormWords;
	get: (editionId: number, id: number) => Promise<Item | null>;
	update: (actor: Actor, editionId: number, id: number, input: z.output<Schema>) => Promise<Saved>;
	remove: (actor: Actor, editionId: number, id: number) => Promise<RemoveResult>;
	notFound: () => string;
};

type ItemRequest = { cookies: Cookies; url: URL; params: { id: string } };

export function sessionLabelPage<Key extends string, Schema extends Named, Item extends { translations: string }>(
	key: Key,
	label: SessionLabel<Schema, Item>
) {
	const idOf = (event: ItemRequest) => pathId(event.params.id) ?? error(404, label.notFound());
	const load = async (event: ItemRequest) => {
		const edition = await organizerEdition(event);
		const item = await label.get(edition.id, idOf(event));
		if (!item) error(404, label.notFound());
		const translationValues = translationFormValues(item.translations, label.text);
		return { [key]: { ...item, translationValues } } as Record<
			Key,
			Item & { translationValues: typeof translationValues }
		>;
	};
	const update = async (event: ItemRequest & { request: Request }) => {
		const id = idOf(event);
		const { values, ...form } = await readForm(event.request, label.schema);
		if (!form.ok) return invalid(values, fieldErrors(form.problems, label.words), form.status);
		const edition = await organizerEdition(event);
		const result = await label.update(currentActor(), edition.id, id, form.data);
		if (!result.ok) return invalid(values, fieldErrors(result.problems, label.words), result.notFound ? 404 : 400);
		return { message: m.admin_content_updated({ name: form.data.name }) };
	};
	const remove = async (event: ItemRequest & { request: Request }) => {
		const id = idOf(event);
		const form = await readForm(event.request, confirmDeleteSchema);
		if (!form.ok) return invalid({}, fieldErrors(form.problems, deleteWords), form.status);
		const edition = await organizerEdition(event);
		const result = await label.remove(currentActor(), edition.id, id);
		if (result.ok) redirect(303, localizeHref(`${label.listPath}?deleted=${encodeURIComponent(result.name)}`));
		if (result.error === 'not-found') return invalid({}, { form: label.notFound() }, 404);
		const { name, sessions } = result;
		return invalid(
			{},
			{ delete: m.admin_content_in_use_sessions({ name, titles: sessions.join('; '), count: sessions.length }) },
			409
		);
	};
	return { load, update, remove };
}
