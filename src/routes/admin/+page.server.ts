import { organizerEdition } from '$lib/server/admin/edition';
import {
	registrationFigures,
	registrationsByCategory,
	registrationsPerDay,
	sessionFill
} from '$lib/server/admin/dashboard';
import { requireRole } from '$lib/server/auth/guard';
import { PROGRAMME_EDITORS } from '$lib/server/auth/roles';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ cookies }) => {
	requireRole(PROGRAMME_EDITORS);
	const event = await organizerEdition({ cookies });
	const [figures, sessions, perDay, byCategory] = await Promise.all([
		registrationFigures(event.id),
		sessionFill(event.id),
		registrationsPerDay(event.id, event.timeZone),
		registrationsByCategory(event.id)
	]);
	return { timeZone: event.timeZone, figures, sessions, perDay, byCategory };
};
