import { organizerEdition } from '$lib/server/admin/edition';
import { eventSettingsSchema, eventSettingsValues, saveEventSettings } from '$lib/server/admin/event-settings';
import { reminderInstant } from '$lib/server/agenda/reminders';
import { currentActor, requireRole } from '$lib/server/auth/guard';
import { ADMINS } from '$lib/server/auth/roles';
import { invalid, readForm } from '$lib/server/forms';
import { TRANSLATED_FORM_BODY_LIMIT } from '$lib/server/content/form';
import { m } from '$lib/paraglide/messages';
import { fieldErrors } from '$lib/i18n/form-errors';
import { eventSettingsWords } from '$lib/i18n/form-words';
import { intlLocale } from '$lib/i18n/locale';
import { formatDate, formatTime, zoneLabel } from '$lib/time';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireRole(ADMINS);
	const edition = await organizerEdition(event);
	const reminderAt = reminderInstant(edition);
	return {
		values: eventSettingsValues(edition),
		confirmedCount: edition.confirmedCount,
		reminderAt: reminderAt
			? `${formatDate(reminderAt, edition.timeZone, intlLocale())} ${formatTime(reminderAt, edition.timeZone, intlLocale())} ${zoneLabel(edition.timeZone, intlLocale())}`
			: null
	};
};

export const actions: Actions = {
	save: async (event) => {
		requireRole(ADMINS);
		const { values, ...form } = await readForm(event.request, eventSettingsSchema, {
			maxBytes: TRANSLATED_FORM_BODY_LIMIT
		});
		if (!form.ok) return invalid(values, fieldErrors(form.problems, eventSettingsWords), form.status);
		const edition = await organizerEdition(event);
		const result = await saveEventSettings(currentActor(), edition.id, form.data);
		if (!result.ok) return invalid(values, fieldErrors(result.problems, eventSettingsWords), result.status);
		return {
			message:
				result.changed.length === 0
					? m.admin_event_unchanged()
					: result.sessionsRevised > 0 || result.promoted > 0
						? m.admin_event_saved_details({ sessions: result.sessionsRevised, promoted: result.promoted })
						: m.admin_event_saved()
		};
	}
};
