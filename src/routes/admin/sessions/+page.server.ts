import { organizerEdition } from '$lib/server/admin/edition';
import { listSessionsForAdmin, sessionWarnings } from '$lib/server/admin/sessions';
import { pendingChanges } from '$lib/server/releases/release';
import { requireRole } from '$lib/server/auth/guard';
import { PROGRAMME_EDITORS } from '$lib/server/auth/roles';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, cookies }) => {
	requireRole(PROGRAMME_EDITORS);
	const event = await organizerEdition({ cookies });
	const [sessions, pending] = await Promise.all([listSessionsForAdmin(event.id), pendingChanges(event.id)]);
	const warnings = sessionWarnings(sessions);
	return {
		timeZone: event.timeZone,
		unreleased: pending.changes.length,
		sessions: sessions.map((session) => ({ ...session, warnings: warnings.get(session.id) ?? [] })),
		deleted: url.searchParams.get('deleted')
	};
};
