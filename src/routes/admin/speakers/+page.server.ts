import { z } from 'zod';
import { organizerEdition } from '$lib/server/admin/edition';
import { listSpeakersForAdmin, moveSpeaker, reorderSpeakers } from '$lib/server/admin/speakers';
import { currentActor, requireRole } from '$lib/server/auth/guard';
import { PROGRAMME_EDITORS } from '$lib/server/auth/roles';
import { invalid, readForm } from '$lib/server/forms';
import { choice, id } from '$lib/server/forms/fields';
import { m } from '$lib/paraglide/messages';
import { fieldErrors } from '$lib/i18n/form-errors';
import type { Actions, PageServerLoad } from './$types';

// Hidden fields and buttons: wrong only when the page is out of date or the form was tampered with.
const moveSchema = z.object({ speakerId: id(), direction: choice(['up', 'down'], 'stale') });
const reorderSchema = z.object({
	order: z
		.string('stale')
		.regex(/^[1-9]\d{0,15}(,[1-9]\d{0,15})*$/, 'stale')
		.transform((order) => order.split(',').map(Number))
});

export const load: PageServerLoad = async ({ url, cookies }) => {
	requireRole(PROGRAMME_EDITORS);
	const event = await organizerEdition({ cookies });
	return { speakers: await listSpeakersForAdmin(event.id), deleted: url.searchParams.get('deleted') };
};

export const actions: Actions = {
	move: async (event) => {
		requireRole(PROGRAMME_EDITORS);
		const { values, ...form } = await readForm(event.request, moveSchema);
		if (!form.ok) return invalid(values, fieldErrors(form.problems), form.status);
		const summit = await organizerEdition(event);
		if (!(await moveSpeaker(currentActor(), summit.id, form.data.speakerId, form.data.direction))) {
			return invalid(values, { form: m.admin_speakers_not_found() }, 404);
		}
		return { message: m.admin_speakers_reordered(), moved: form.data.speakerId };
	},
	reorder: async (event) => {
		requireRole(PROGRAMME_EDITORS);
		const { values, ...form } = await readForm(event.request, reorderSchema);
		if (!form.ok) return invalid(values, fieldErrors(form.problems), form.status);
		const summit = await organizerEdition(event);
		// A list that does not name every speaker once (someone else added one meanwhile): reload and retry.
		if (!(await reorderSpeakers(currentActor(), summit.id, form.data.order)))
			return invalid(values, { form: m.admin_speakers_not_found() }, 409);
		return { message: m.admin_speakers_reordered() };
	}
};
