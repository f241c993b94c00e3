import { fail, redirect } from '@sveltejs/kit';
import { getCurrentEvent } from '$lib/server/agenda/event';
import { choosableSessionIds, listChoosableSessions, summitSeatsLeft } from '$lib/server/registration/choosable';
import { allowRegistrationPost } from '$lib/server/registration/rate-limit';
import { register, registrationWindow } from '$lib/server/registration/register';
import { readRegistrationForm, validateRegistration } from '$lib/server/registration/validation';
import { now } from '$lib/server/clock';
import { countryOptions, DEFAULT_COUNTRY } from '$lib/registration/countries';
import { m } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';
import { settings } from '$lib/server/config';

export const load: PageServerLoad = async () => {
	const event = await getCurrentEvent();
	const [sessions, seatsLeft] = await Promise.all([listChoosableSessions(event.id), summitSeatsLeft(event.id)]);
	return {
		window: registrationWindow(event, now()),
		opensAt: event.registrationOpensAt,
		timeZone: event.timeZone,
		summitFull: seatsLeft === 0,
		sessions,
		countries: countryOptions(m.locale),
		defaultCountry: DEFAULT_COUNTRY
	};
};

export const actions: Actions = {
	default: async ({ request, getClientAddress }) => {
		if (!allowRegistrationPost(getClientAddress())) return fail(429, { message: m.register.tooMany });
		const { raw, values, honeypot } = readRegistrationForm(await request.formData());
		// Bots fill the hidden field; they get the same answer as a repeat registration, and nothing is stored.
		if (honeypot) redirect(303, '/register/check-email');

		const event = await getCurrentEvent();
		const validation = validateRegistration(raw, await choosableSessionIds(event.id));
		if (!validation.ok) return fail(400, { values, errors: validation.errors });

		const result = await register(event.id, validation.input, { now: now() });
		switch (result.outcome) {
			case 'registered':
				redirect(303, `/my/${result.token}?welcome=1`);
			case 'already-registered':
				redirect(303, '/register/check-email');
			default:
				return fail(403, { values, message: result.outcome === 'closed' ? m.register.closed : m.register.notYetOpen('') });
		}
	}
};
