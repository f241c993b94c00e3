import { deleteRoom, getRoomForEdit, ROOM_TEXT, roomSchema, updateRoom } from '$lib/server/admin/rooms';
import { sessionLabelPage } from '$lib/server/admin/session-label-page';
import { requireRole } from '$lib/server/auth/guard';
import { PROGRAMME_EDITORS } from '$lib/server/auth/roles';
import { m } from '$lib/paraglide/messages';
import { roomWords } from '$lib/i18n/form-words';
import type { Actions, PageServerLoad } from './$types';

const page = sessionLabelPage('room', {
	listPath: '/admin/rooms',
	schema: roomSchema,
	text: ROOM_TEXT,
	words: roomWords,
	get: getRoomForEdit,
	update: updateRoom,
	remove: deleteRoom,
	notFound: m.admin_rooms_not_found
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
