import { error } from '@sveltejs/kit';
import { organizerEdition } from '$lib/server/admin/edition';
import { cancelRegistrationAsOrganizer, promoteOne } from '$lib/server/admin/registration-actions';
import { getRegistrationForOrganizer } from '$lib/server/admin/registrations';
import { currentActor, requireRole } from '$lib/server/auth/guard';
import { ADMINS } from '$lib/server/auth/roles';
import { checkInById } from '$lib/server/checkin/checkin';
import { waitlistPosition } from '$lib/server/registration/self-service';
import { invalid, readForm } from '$lib/server/forms';
import { fieldErrors } from '$lib/i18n/form-errors';
import { noFields } from '$lib/server/forms/fields';
import { m } from '$lib/paraglide/messages';
import { intlLocale } from '$lib/i18n/locale';
import { formatTime, zoneLabel } from '$lib/time';
import type { Actions, PageServerLoad } from './$types';

function registrationId(param: string): number {
	const id = Number(param);
	if (!Number.isSafeInteger(id) || id <= 0) error(404, m.admin_registrations_not_found());
	return id;
}

export const load: PageServerLoad = async ({ params, url, cookies }) => {
	requireRole(ADMINS);
	const event = await organizerEdition({ cookies });
	const registration = await getRegistrationForOrganizer(event.id, registrationId(params.id));
	if (!registration) error(404, m.admin_registrations_not_found());
	return {
		registration,
		position: await waitlistPosition(registration),
		timeZone: event.timeZone,
		added: url.searchParams.has('added')
	};
};

export const actions: Actions = {
	cancel: async (event) => {
		requireRole(ADMINS);
		const form = await readForm(event.request, noFields);
		if (!form.ok) return invalid(form.values, fieldErrors(form.problems), form.status);
		const summit = await organizerEdition(event);
		const result = await cancelRegistrationAsOrganizer(currentActor(), summit.id, registrationId(event.params.id));
		if (!result.ok) return invalid({}, { form: m.admin_registrations_not_found() }, 404);
		return { message: m.admin_registrations_cancelled_done() };
	},
	promote: async (event) => {
		requireRole(ADMINS);
		const form = await readForm(event.request, noFields);
		if (!form.ok) return invalid(form.values, fieldErrors(form.problems), form.status);
		const summit = await organizerEdition(event);
		const outcome = await promoteOne(currentActor(), summit.id, registrationId(event.params.id));
		if (outcome === 'full') return invalid({}, { form: m.admin_registrations_no_seat_free() }, 409);
		return {
			message:
				outcome === 'promoted' ? m.admin_registrations_promoted_this_one() : m.admin_registrations_not_waitlisted()
		};
	},
	checkIn: async (event) => {
		requireRole(ADMINS);
		const form = await readForm(event.request, noFields);
		if (!form.ok) return invalid(form.values, fieldErrors(form.problems), form.status);
		const summit = await organizerEdition(event);
		const result = await checkInById(currentActor(), summit.id, registrationId(event.params.id));
		const zone = zoneLabel(summit.timeZone, intlLocale());
		switch (result.outcome) {
			case 'checked-in':
				return { message: m.admin_check_in_checked_in({ name: result.name }) };
			case 'already':
				return {
					message: m.admin_check_in_already_checked_in({
						name: result.name,
						time: `${formatTime(result.at, summit.timeZone, intlLocale())} ${zone}`
					})
				};
			case 'not-found':
				return invalid({}, { form: m.admin_registrations_not_found() }, 404);
			default:
				return invalid(
					{},
					{
						form:
							result.outcome === 'cancelled'
								? m.admin_check_in_cancelled({ name: result.name })
								: m.admin_check_in_waitlisted({ name: result.name })
					},
					409
				);
		}
	}
};
