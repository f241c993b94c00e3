import { error } from '@sveltejs/kit';
import { getCurrentEvent } from '$lib/server/agenda/event';
import { cancelRegistrationAsOrganizer, promoteOne } from '$lib/server/admin/registration-actions';
import { getRegistrationForOrganizer } from '$lib/server/admin/registrations';
import { currentActor, requireRole } from '$lib/server/auth/guard';
import { ADMINS } from '$lib/server/auth/roles';
import { checkInById } from '$lib/server/checkin/checkin';
import { waitlistPosition } from '$lib/server/registration/self-service';
import { invalid, readForm } from '$lib/server/forms';
import { noFields } from '$lib/server/forms/fields';
import { m } from '$lib/i18n';
import { formatTime, zoneLabel } from '$lib/time';
import type { Actions, PageServerLoad } from './$types';

const t = m.admin.registrations;

function registrationId(param: string): number {
	const id = Number(param);
	if (!Number.isSafeInteger(id) || id <= 0) error(404, t.notFound);
	return id;
}

export const load: PageServerLoad = async ({ params, url }) => {
	requireRole(ADMINS);
	const event = await getCurrentEvent();
	const registration = await getRegistrationForOrganizer(event.id, registrationId(params.id));
	if (!registration) error(404, t.notFound);
	return { registration, position: await waitlistPosition(registration), timeZone: event.timeZone, added: url.searchParams.has('added') };
};

export const actions: Actions = {
	cancel: async (event) => {
		requireRole(ADMINS);
		const form = await readForm(event.request, noFields);
		if (!form.ok) return invalid(form.values, form.errors, form.status);
		const summit = await getCurrentEvent();
		const result = await cancelRegistrationAsOrganizer(currentActor(), summit.id, registrationId(event.params.id));
		if (!result.ok) return invalid({}, { form: t.notFound }, 404);
		return { message: t.cancelledDone };
	},
	promote: async (event) => {
		requireRole(ADMINS);
		const form = await readForm(event.request, noFields);
		if (!form.ok) return invalid(form.values, form.errors, form.status);
		const summit = await getCurrentEvent();
		const outcome = await promoteOne(currentActor(), summit.id, registrationId(event.params.id));
		if (outcome === 'full') return invalid({}, { form: t.noSeatFree }, 409);
		return { message: outcome === 'promoted' ? t.promotedThisOne : t.notWaitlisted };
	},
	checkIn: async (event) => {
		requireRole(ADMINS);
		const form = await readForm(event.request, noFields);
		if (!form.ok) return invalid(form.values, form.errors, form.status);
		const summit = await getCurrentEvent();
		const result = await checkInById(currentActor(), summit.id, registrationId(event.params.id));
		const c = m.admin.checkIn;
		const zone = zoneLabel(summit.timeZone);
		switch (result.outcome) {
			case 'checked-in':
				return { message: c.checkedIn(result.name) };
			case 'already':
				return { message: c.alreadyCheckedIn(result.name, `${formatTime(result.at, summit.timeZone)} ${zone}`) };
			case 'not-found':
				return invalid({}, { form: t.notFound }, 404);
			default:
				return invalid({}, { form: result.outcome === 'cancelled' ? c.cancelled(result.name) : c.waitlisted(result.name) }, 409);
		}
	}
};
