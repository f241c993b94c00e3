import { organizerEdition } from '$lib/server/admin/edition';
import { currentActor, requireRole } from '$lib/server/auth/guard';
import { PROGRAMME_EDITORS } from '$lib/server/auth/roles';
import { now } from '$lib/server/clock';
import { invalid, readForm } from '$lib/server/forms';
import { listReleases, pendingChanges, releaseSchedule, releaseSchema } from '$lib/server/releases/release';
import { m } from '$lib/paraglide/messages';
import { fieldErrors } from '$lib/i18n/form-errors';
import { releaseWords } from '$lib/i18n/form-words';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireRole(PROGRAMME_EDITORS);
	const edition = await organizerEdition(event);
	const [pending, releases] = await Promise.all([pendingChanges(edition.id), listReleases(edition.id)]);
	return {
		timeZone: edition.timeZone,
		previous: pending.previous,
		changes: pending.changes,
		suggestedVersion: pending.suggestedVersion,
		nextSequence: pending.nextSequence,
		releases
	};
};

export const actions: Actions = {
	release: async (event) => {
		requireRole(PROGRAMME_EDITORS);
		const { values, ...form } = await readForm(event.request, releaseSchema);
		if (!form.ok) return invalid(values, fieldErrors(form.problems, releaseWords), form.status);
		const edition = await organizerEdition(event);
		const result = await releaseSchedule(currentActor(), edition, form.data, {
			now: now(),
			expectedSequence: form.data.sequence
		});
		if (!result.ok) return invalid(values, fieldErrors(result.problems, releaseWords), result.status);
		return {
			message: m.admin_schedule_released({
				version: result.release.version,
				changes: result.changes,
				notices: result.notices
			})
		};
	}
};
