import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { chooseOrganizerEdition, organizerEdition } from '$lib/server/admin/edition';
import { toZonedLocal } from '$lib/server/admin/zoned-time';
import { getCurrentEvent } from '$lib/server/agenda/event';
import { currentActor, requireRole } from '$lib/server/auth/guard';
import { ADMINS } from '$lib/server/auth/roles';
import { listEditionsForAdmin } from '$lib/server/editions/admin';
import { createNextEdition, nextEditionDefaults, nextEditionSchema } from '$lib/server/editions/create';
import { listEditions } from '$lib/server/editions/editions';
import { publishEdition } from '$lib/server/editions/publish';
import { invalid, readForm } from '$lib/server/forms';
import { id } from '$lib/server/forms/fields';
import { m } from '$lib/paraglide/messages';
import { fieldErrors } from '$lib/i18n/form-errors';
import { editionWords } from '$lib/i18n/form-words';
import type { Actions, PageServerLoad } from './$types';
import { localizeHref } from '$lib/i18n/href';

// A hidden field: wrong only when the page is out of date or the form was tampered with.
const editionSchema = z.object({ eventId: id() });

export const load: PageServerLoad = async ({ cookies, url }) => {
	requireRole(ADMINS);
	const { current, pinnedSlug, editions } = await listEditionsForAdmin(await organizerEdition({ cookies }));
	const defaults = nextEditionDefaults(current);
	return {
		editions,
		pinnedSlug,
		current: { name: current.name, timeZone: current.timeZone },
		created: editions.find((edition) => String(edition.id) === url.searchParams.get('created'))?.name ?? null,
		defaults: {
			name: defaults.name,
			slug: defaults.slug,
			startsAt: toZonedLocal(defaults.startsAt, current.timeZone),
			endsAt: toZonedLocal(defaults.endsAt, current.timeZone)
		}
	};
};

async function findEdition(eventId: number) {
	return (await listEditions()).find((event) => event.id === eventId) ?? null;
}

export const actions: Actions = {
	create: async (event) => {
		requireRole(ADMINS);
		const { values, ...form } = await readForm(event.request, nextEditionSchema);
		if (!form.ok) return invalid(values, fieldErrors(form.problems, editionWords), form.status);
		const result = await createNextEdition(currentActor(), await getCurrentEvent(), form.data);
		if (!result.ok) return invalid(values, fieldErrors(result.problems, editionWords));
		await chooseOrganizerEdition(event, result.edition.id);
		redirect(303, localizeHref(`/admin/editions?created=${result.edition.id}`));
	},
	choose: async (event) => {
		requireRole(ADMINS);
		const { values, ...form } = await readForm(event.request, editionSchema);
		if (!form.ok) return invalid(values, fieldErrors(form.problems), form.status);
		const edition = await findEdition(form.data.eventId);
		if (!edition) return invalid(values, { form: m.admin_editions_not_found() }, 404);
		await chooseOrganizerEdition(event, edition.id);
		return { message: m.admin_editions_switched({ name: edition.name }) };
	},
	publish: async (event) => {
		requireRole(ADMINS);
		const { values, ...form } = await readForm(event.request, editionSchema);
		if (!form.ok) return invalid(values, fieldErrors(form.problems), form.status);
		const result = await publishEdition(currentActor(), form.data.eventId);
		if (!result.ok) {
			return result.error === 'not-found'
				? invalid(values, { form: m.admin_editions_not_found() }, 404)
				: invalid(values, { form: m.admin_editions_already_current() }, 409);
		}
		// The admin now works on the current edition (the choice is cleared) and follows the next publication.
		await chooseOrganizerEdition(event, result.edition.id);
		return { message: m.admin_editions_published({ name: result.edition.name }) };
	}
};
