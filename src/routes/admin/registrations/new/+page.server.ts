import { redirect } from '@sveltejs/kit';
import { organizerEdition } from '$lib/server/admin/edition';
import { addRegistration } from '$lib/server/admin/registration-actions';
import { currentActor, requireRole } from '$lib/server/auth/guard';
import { ADMINS } from '$lib/server/auth/roles';
import { listChoosableSessions } from '$lib/server/registration/choosable';
import { registrationSchema } from '$lib/server/registration/validation';
import { invalid, readForm } from '$lib/server/forms';
import { ticked } from '$lib/server/forms/fields';
import { ATTENDEE_CATEGORIES } from '$lib/registration/categories';
import { countryOptions, DEFAULT_COUNTRY } from '$lib/registration/countries';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { localizeHref } from '$lib/i18n/href';
import { intlLocale } from '$lib/i18n/locale';
import { fieldErrors } from '$lib/i18n/form-errors';
import { registrationWords } from '$lib/i18n/form-words';
import type { Actions, PageServerLoad } from './$types';

// The registration domain's own form and rules: what an attendee may type, an organizer may.
const addSchema = registrationSchema.extend({ consent: ticked() });
const addWords = { ...registrationWords, consent: { required: m.admin_registrations_consent_required } };

export const load: PageServerLoad = async ({ cookies }) => {
	requireRole(ADMINS);
	const event = await organizerEdition({ cookies });
	return {
		sessions: await listChoosableSessions(event.id),
		categories: ATTENDEE_CATEGORIES,
		countries: countryOptions(intlLocale()),
		defaultCountry: DEFAULT_COUNTRY,
		timeZone: event.timeZone
	};
};

export const actions: Actions = {
	add: async (event) => {
		requireRole(ADMINS);
		const { values, ...form } = await readForm(event.request, addSchema);
		if (!form.ok) return invalid(values, fieldErrors(form.problems, addWords), form.status);
		const summit = await organizerEdition(event);
		const result = await addRegistration(currentActor(), summit.id, form.data, getLocale());
		switch (result.outcome) {
			case 'registered':
				redirect(303, localizeHref(`/admin/registrations/${result.id}?added`));
			case 'already-registered':
				return invalid(values, { email: m.admin_registrations_already_registered() }, 409);
			case 'not-choosable':
				return invalid(values, { sessionIds: m.register_errors_sessions() });
			default:
				return invalid(
					values,
					{
						form:
							result.outcome === 'closed'
								? m.admin_registrations_window_closed()
								: m.admin_registrations_window_not_open()
					},
					409
				);
		}
	}
};
