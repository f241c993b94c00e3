// The organizer's list pages of content kept in the organizer's order (rooms, tracks, quotes,
// highlights): the list of the chosen edition, the notice after a create or a delete, and moving an item
// up or down. Each route names its data key, its domain functions and its "not found" words, and calls
// requireRole() itself before these (src/routes/admin/authorization-coverage.test.ts reads it there).
import type { Cookies } from '@sveltejs/kit';
import type { Actor } from '../audit/audit';
import { currentActor } from '../auth/guard';
import { invalid, readForm } from '../forms';
import { m } from '$lib/paraglide/messages';
import { fieldErrors } from '$lib/i18n/form-errors';
import { organizerEdition } from './edition';
import { moveSchema } from './form-fields';
import type { Direction } from './ordering';

type OrderedContent<Item> = {
	list: (editionId: number) => Promise<Item[]>;
	move: (actor: Actor, editionId: number, id: number, direction: Direction) => Promise<boolean>;
	notFound: () => string;
};

type ListRequest = { cookies: Cookies; url: URL };

export function orderedListPage<Key extends string, Item>(key: Key, content: OrderedContent<Item>) {
	const load = async (event: ListRequest) => {
		const edition = await organizerEdition(event);
		const items = { [key]: await content.list(edition.id) } as Record<Key, Item[]>;
		return {
			...items,
			created: event.url.searchParams.get('created'),
			deleted: event.url.searchParams.get('deleted')
		};
	};
	const move = async (event: ListRequest & { request: Request }) => {
		const { values, ...form } = await readForm(event.request, moveSchema);
		if (!form.ok) return invalid(values, fieldErrors(form.problems), form.status);
		const edition = await organizerEdition(event);
		if (!(await content.move(currentActor(), edition.id, form.data.id, form.data.direction)))
			return invalid(values, { form: content.notFound() }, 404);
		return { message: m.admin_content_reordered() };
	};
	return { load, move };
}
