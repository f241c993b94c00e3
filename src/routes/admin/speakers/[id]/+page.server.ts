import { error, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { organizerEdition } from '$lib/server/admin/edition';
import { readPhotoField } from '$lib/server/admin/photo-upload';
import {
	deleteSpeaker,
	getSpeakerForEdit,
	listOrganisations,
	SPEAKER_TEXT,
	speakerSchema,
	updateSpeaker
} from '$lib/server/admin/speakers';
import { currentActor, requireRole } from '$lib/server/auth/guard';
import { PROGRAMME_EDITORS } from '$lib/server/auth/roles';
import { invalid, readForm } from '$lib/server/forms';
import { TRANSLATED_FORM_BODY_LIMIT, translationFormValues } from '$lib/server/content/form';
import { ticked } from '$lib/server/forms/fields';
import { photoMaxBytes } from '$lib/server/media/photos';
import { m } from '$lib/paraglide/messages';
import { fieldErrors } from '$lib/i18n/form-errors';
import { speakerWords } from '$lib/i18n/form-words';
import type { Actions, PageServerLoad } from './$types';
import { localizeHref } from '$lib/i18n/href';

// Deleting is for good: the same "tick to confirm" as an attendee's own cancellation on /my.
const deleteSchema = z.object({ confirmDelete: ticked('yes') });
const deleteWords = { confirmDelete: { required: m.admin_speakers_delete_tick_required } };

function speakerId(param: string): number {
	const id = Number(param);
	if (!Number.isSafeInteger(id) || id <= 0) error(404, m.admin_speakers_not_found());
	return id;
}

export const load: PageServerLoad = async ({ params, url, cookies }) => {
	requireRole(PROGRAMME_EDITORS);
	const summit = await organizerEdition({ cookies });
	const speaker = await getSpeakerForEdit(summit.id, speakerId(params.id));
	if (!speaker) error(404, m.admin_speakers_not_found());
	return {
		speaker: { ...speaker, translationValues: translationFormValues(speaker.translations, SPEAKER_TEXT) },
		organisations: await listOrganisations(),
		photoMaxMb: photoMaxBytes() / 1024 / 1024,
		created: url.searchParams.has('created')
	};
};

export const actions: Actions = {
	update: async (event) => {
		requireRole(PROGRAMME_EDITORS);
		const id = speakerId(event.params.id);
		const { values, ...form } = await readForm(event.request, speakerSchema, {
			maxBytes: photoMaxBytes() + TRANSLATED_FORM_BODY_LIMIT
		});
		// The photo is checked even when another field is wrong, so every problem is told at once.
		const upload = form.formData ? await readPhotoField(form.formData) : { photo: null, problem: null };
		if (!form.ok || upload.problem) {
			const problems = { ...(form.ok ? {} : form.problems), ...(upload.problem ? { photo: upload.problem } : {}) };
			return invalid(values, fieldErrors(problems, speakerWords), form.ok ? 400 : form.status);
		}
		const summit = await organizerEdition(event);
		const result = await updateSpeaker(currentActor(), summit.id, id, form.data, upload.photo);
		if (!result.ok) return invalid(values, fieldErrors(result.problems, speakerWords), result.notFound ? 404 : 400);
		return { message: m.admin_speakers_updated({ name: form.data.name }) };
	},
	delete: async (event) => {
		requireRole(PROGRAMME_EDITORS);
		const id = speakerId(event.params.id);
		const form = await readForm(event.request, deleteSchema);
		if (!form.ok) return invalid(form.values, fieldErrors(form.problems, deleteWords), form.status);
		const summit = await organizerEdition(event);
		const result = await deleteSpeaker(currentActor(), summit.id, id);
		if (!result.ok && result.error === 'not-found') return invalid({}, { form: m.admin_speakers_not_found() }, 404);
		if (!result.ok)
			return invalid(
				{},
				{
					delete: m.admin_speakers_delete_refused({
						name: result.name,
						titles: result.sessions.join('; '),
						count: result.sessions.length
					})
				},
				409
			);
		redirect(303, localizeHref(`/admin/speakers?deleted=${encodeURIComponent(result.name)}`));
	}
};
