import { fail, redirect } from '@sveltejs/kit';
import { getCurrentEvent } from '$lib/server/agenda/event';
import { addRegistration } from '$lib/server/admin/registration-actions';
import { currentActor, requireRole } from '$lib/server/auth/guard';
import { ADMINS } from '$lib/server/auth/roles';
import { choosableSessionIds, listChoosableSessions } from '$lib/server/registration/choosable';
import { readRegistrationForm, validateRegistration } from '$lib/server/registration/validation';
import { ATTENDEE_CATEGORIES } from '$lib/registration/categories';
import { countryOptions, DEFAULT_COUNTRY } from '$lib/registration/countries';
import { m } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';
import { settings } from '$lib/server/config';

export const load: PageServerLoad = async () => {
	requireRole(ADMINS);
	const event = await getCurrentEvent();
	return {
		sessions: await listChoosableSessions(event.id),
		categories: ATTENDEE_CATEGORIES,
		countries: countryOptions(m.locale),
		defaultCountry: DEFAULT_COUNTRY,
		timeZone: event.timeZone
	};
};

export const actions: Actions = {
	add: async (event) => {
		requireRole(ADMINS);
		// The registration domain's own form reading and rules: what an attendee may type, an organizer may.
		const { raw, values } = readRegistrationForm(await event.request.formData());
		const summit = await getCurrentEvent();
		const validation = validateRegistration(raw, await choosableSessionIds(summit.id));
		if (!validation.ok) return fail(400, { values, errors: validation.errors as Record<string, string> });
		const result = await addRegistration(currentActor(), summit.id, validation.input);
		const t = m.admin.registrations;
		switch (result.outcome) {
			case 'registered':
				redirect(303, `/admin/registrations/${result.id}?added`);
			case 'already-registered':
				return fail(409, { values, errors: { email: t.alreadyRegistered } as Record<string, string> });
			default:
				return fail(409, { values, errors: { form: result.outcome === 'closed' ? t.windowClosed : t.windowNotOpen } as Record<string, string> });
		}
	}
};
