import { organizerEdition } from '$lib/server/admin/edition';
import { listAnnouncements } from '$lib/server/admin/announcements';
import { requireRole } from '$lib/server/auth/guard';
import { ADMINS } from '$lib/server/auth/roles';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireRole(ADMINS);
	const edition = await organizerEdition(event);
	return { announcements: await listAnnouncements(edition.id) };
};
