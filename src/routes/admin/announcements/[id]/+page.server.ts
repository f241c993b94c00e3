import { error } from '@sveltejs/kit';
import { organizerEdition } from '$lib/server/admin/edition';
import { getAnnouncement } from '$lib/server/admin/announcements';
import { requireRole } from '$lib/server/auth/guard';
import { ADMINS } from '$lib/server/auth/roles';
import { announcementBlocks } from '$lib/server/mail/templates/announcement';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireRole(ADMINS);
	const id = Number(event.params.id);
	if (!Number.isSafeInteger(id) || id <= 0) error(404, m.admin_announcements_not_found());
	const edition = await organizerEdition(event);
	const announcement = await getAnnouncement(edition.id, id);
	if (!announcement) error(404, m.admin_announcements_not_found());
	const blocks = announcementBlocks(
		announcement,
		{ fullName: m.admin_announcements_preview_name() },
		edition,
		getLocale()
	);
	return {
		announcement,
		blocks,
		notice: event.url.searchParams.has('sent') ? 'sent' : event.url.searchParams.has('again') ? 'again' : null
	};
};
