import { error, redirect } from '@sveltejs/kit';
import { organizerEdition } from '$lib/server/admin/edition';
import { confirmDeleteSchema, pathId } from '$lib/server/admin/form-fields';
import { deleteTrack, getTrackForEdit, TRACK_TEXT, trackSchema, updateTrack } from '$lib/server/admin/tracks';
import { translationFormValues } from '$lib/server/content/form';
import { currentActor, requireRole } from '$lib/server/auth/guard';
import { PROGRAMME_EDITORS } from '$lib/server/auth/roles';
import { invalid, readForm } from '$lib/server/forms';
import { m } from '$lib/paraglide/messages';
import { fieldErrors } from '$lib/i18n/form-errors';
import { deleteWords, trackWords } from '$lib/i18n/form-words';
import type { Actions, PageServerLoad } from './$types';
import { localizeHref } from '$lib/i18n/href';

function trackId(param: string): number {
	return pathId(param) ?? error(404, m.admin_tracks_not_found());
}

export const load: PageServerLoad = async (event) => {
	requireRole(PROGRAMME_EDITORS);
	const edition = await organizerEdition(event);
	const track = await getTrackForEdit(edition.id, trackId(event.params.id));
	if (!track) error(404, m.admin_tracks_not_found());
	return { track: { ...track, translationValues: translationFormValues(track.translations, TRACK_TEXT) } };
};

export const actions: Actions = {
	update: async (event) => {
		requireRole(PROGRAMME_EDITORS);
		const id = trackId(event.params.id);
		const { values, ...form } = await readForm(event.request, trackSchema);
		if (!form.ok) return invalid(values, fieldErrors(form.problems, trackWords), form.status);
		const edition = await organizerEdition(event);
		const result = await updateTrack(currentActor(), edition.id, id, form.data);
		if (!result.ok) return invalid(values, fieldErrors(result.problems, trackWords), result.notFound ? 404 : 400);
		return { message: m.admin_content_updated({ name: form.data.name }) };
	},
	delete: async (event) => {
		requireRole(PROGRAMME_EDITORS);
		const id = trackId(event.params.id);
		const form = await readForm(event.request, confirmDeleteSchema);
		if (!form.ok) return invalid({}, fieldErrors(form.problems, deleteWords), form.status);
		const edition = await organizerEdition(event);
		const result = await deleteTrack(currentActor(), edition.id, id);
		if (result.ok) redirect(303, localizeHref(`/admin/tracks?deleted=${encodeURIComponent(result.name)}`));
		if (result.error === 'not-found') return invalid({}, { form: m.admin_tracks_not_found() }, 404);
		return invalid(
			{},
			{
				delete: m.admin_content_in_use_sessions({
					name: result.name,
					titles: result.sessions.join('; '),
					count: result.sessions.length
				})
			},
			409
		);
	}
};
