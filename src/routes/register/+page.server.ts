import { redirect } from '@sveltejs/kit';
import { editionOfPage } from '$lib/server/editions/editions';
import { listChoosableSessions, summitSeatsLeft } from '$lib/server/registration/choosable';
import { allowRegistrationPost } from '$lib/server/registration/rate-limit';
import { register, registrationWindow } from '$lib/server/registration/register';
import { registrationSchema } from '$lib/server/registration/validation';
import { invalid, readForm } from '$lib/server/forms';
import { now } from '$lib/server/clock';
import { summitStage } from '$lib/server/agenda/stage';
import { countryOptions, DEFAULT_COUNTRY } from '$lib/registration/countries';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { localizeHref } from '$lib/i18n/href';
import { intlLocale } from '$lib/i18n/locale';
import { fieldErrors } from '$lib/i18n/form-errors';
import { registrationWords } from '$lib/i18n/form-words';
import { formatDate } from '$lib/time';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, locals }) => {
	const { event, isCurrent, year } = await editionOfPage(url, locals);
	// Only the current edition takes registrations: /2024/register says that one is closed.
	const [sessions, seatsLeft] = isCurrent
		? await Promise.all([listChoosableSessions(event.id, getLocale()), summitSeatsLeft(event.id)])
		: [[], null];
	const at = now();
	return {
		// The form is there while the window is open (during the summit too, when the window allows it).
		window: isCurrent ? registrationWindow(event, at) : ('closed' as const),
		stage: summitStage(event, at, seatsLeft),
		closedEdition: isCurrent ? null : year,
		opensAt: event.registrationOpensAt,
		startsAt: event.startsAt,
		timeZone: event.timeZone,
		summitFull: seatsLeft === 0,
		sessions,
		countries: countryOptions(intlLocale()),
		defaultCountry: DEFAULT_COUNTRY
	};
};

export const actions: Actions = {
	default: async ({ request, getClientAddress, url, locals }) => {
		if (!allowRegistrationPost(getClientAddress())) return invalid({}, { form: m.register_too_many() }, 429);
		const form = await readForm(request, registrationSchema);
		// Bots fill the hidden field; they get the same answer as a repeat registration, and nothing is stored.
		if (form.values.website) redirect(303, localizeHref('/register/check-email'));
		if (!form.ok) return invalid(form.values, fieldErrors(form.problems, registrationWords), form.status);

		const { event, isCurrent, year } = await editionOfPage(url, locals);
		if (!isCurrent) return invalid(form.values, { form: m.edition_register_closed({ year }) }, 403);
		const result = await register(event.id, form.data, { now: now(), locale: getLocale() });
		switch (result.outcome) {
			case 'registered':
				redirect(303, localizeHref(`/my/${result.token}?welcome=1`));
			case 'already-registered':
				redirect(303, localizeHref('/register/check-email'));
			case 'not-choosable':
				return invalid(form.values, { sessionIds: m.register_errors_sessions() });
			default:
				return invalid(
					form.values,
					{
						form:
							result.outcome === 'closed'
								? m.register_closed()
								: event.registrationOpensAt
									? m.register_not_yet_open({
											date: formatDate(event.registrationOpensAt, event.timeZone, intlLocale())
										})
									: m.register_not_yet_open_undated()
					},
					403
				);
		}
	}
};
