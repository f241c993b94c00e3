import { redirect } from '@sveltejs/kit';
import { organizerEdition } from '$lib/server/admin/edition';
import {
	announcementSchema,
	listSessionsForAudience,
	previewAnnouncement,
	sendAnnouncement
} from '$lib/server/admin/announcements';
import { currentActor, requireRole } from '$lib/server/auth/guard';
import { ADMINS } from '$lib/server/auth/roles';
import { invalid, readForm } from '$lib/server/forms';
import { nudgeMailDrainer } from '$lib/server/mail/outbox';
import { announcementBlocks } from '$lib/server/mail/templates/announcement';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { localizeHref } from '$lib/i18n/href';
import { fieldErrors } from '$lib/i18n/form-errors';
import { announcementWords } from '$lib/i18n/form-words';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireRole(ADMINS);
	const edition = await organizerEdition(event);
	return { sessions: await listSessionsForAudience(edition.id), timeZone: edition.timeZone };
};

export const actions: Actions = {
	/** The count and the mail as it will look; the Send form that follows carries a key of its own. */
	preview: async (event) => {
		requireRole(ADMINS);
		const { values, ...form } = await readForm(event.request, announcementSchema);
		if (!form.ok) return invalid(values, fieldErrors(form.problems, announcementWords), form.status);
		const edition = await organizerEdition(event);
		const result = await previewAnnouncement(edition.id, form.data);
		if (!result.ok) return invalid(values, fieldErrors(result.problems, announcementWords));
		const blocks = announcementBlocks(
			form.data,
			{ fullName: m.admin_announcements_preview_name() },
			edition,
			getLocale()
		);
		return {
			values,
			preview: {
				recipients: result.recipients,
				subject: form.data.subject,
				blocks,
				sendKey: crypto.randomUUID()
			}
		};
	},
	send: async (event) => {
		const user = requireRole(ADMINS);
		const { values, ...form } = await readForm(event.request, announcementSchema);
		if (!form.ok) return invalid(values, fieldErrors(form.problems, announcementWords), form.status);
		const edition = await organizerEdition(event);
		const result = await sendAnnouncement({ ...currentActor(), name: user.name }, edition.id, form.data);
		if (!result.ok) return invalid(values, fieldErrors(result.problems, announcementWords));
		nudgeMailDrainer();
		redirect(303, localizeHref(`/admin/announcements/${result.announcementId}?${result.again ? 'again' : 'sent'}`));
	}
};
