import { deleteTrack, getTrackForEdit, TRACK_TEXT, trackSchema, updateTrack } from '$lib/server/admin/tracks';
import { sessionLabelPage } from '$lib/server/admin/session-label-page';
import { requireRole } from '$lib/server/auth/guard';
import { PROGRAMME_EDITORS } from '$lib/server/auth/roles';
import { m } from '$lib/paraglide/messages';
import { trackWords } from '$lib/i18n/form-words';
import type { Actions, PageServerLoad } from './$types';

const page = sessionLabelPage('track', {
	listPath: '/admin/tracks',
	schema: trackSchema,
	text: TRACK_TEXT,
	words: trackWords,
	get: getTrackForEdit,
	update: updateTrack,
	remove: deleteTrack,
	notFound: m.admin_tracks_not_found
});

export const load: PageServerLoad = async (event) => {
	requireRole(PROGRAMME_EDITORS);
	return page.load(event);
};

export const actions: Actions = {
	update: async (event) => {
		requireRole(PROGRAMME_EDITORS);
		return page.update(event);
	},
	delete: async (event) => {
		requireRole(PROGRAMME_EDITORS);
		return page.remove(event);
	}
};
