import { error, fail, redirect } from '@sveltejs/kit';
import QRCode from 'qrcode';
import { getCurrentEvent } from '$lib/server/agenda/event';
import { cancelRegistration } from '$lib/server/registration/cancel';
import { listChoosableSessions } from '$lib/server/registration/choosable';
import { eraseRegistration, getRegistrationDetails, updateSessionChoices } from '$lib/server/registration/self-service';
import { findRegistrationByToken, issueCalendarFeedToken } from '$lib/server/registration/tokens';
import { countryName } from '$lib/registration/countries';
import { personalCalendarFeed } from '$lib/server/calendar/links';
import { personalFeedChanged } from '$lib/server/calendar/personal';
import { m } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';
import { settings } from '$lib/server/config';

// The token is the only key to this page: never cached, never indexed, never sent to another site as a
// referrer. `same-origin` rather than `no-referrer`: with no-referrer, browsers post the page's own forms
// with `Origin: null`, which SvelteKit's CSRF check refuses.
const PRIVATE_HEADERS = { 'cache-control': 'private, no-store', 'x-robots-tag': 'noindex', 'referrer-policy': 'same-origin' };

async function registrationFor(token: string) {
	const registration = await findRegistrationByToken(token);
	if (!registration) error(404, m.notFound.title);
	return registration;
}

export const load: PageServerLoad = async ({ params, url, setHeaders }) => {
	setHeaders(PRIVATE_HEADERS);
	const { id } = await registrationFor(params.token);
	const event = await getCurrentEvent();
	const [registration, choosable] = await Promise.all([getRegistrationDetails(id), listChoosableSessions(event.id)]);
	if (!registration) error(404, m.notFound.title);
	const qrSvg = await QRCode.toString(registration.reference, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
	return {
		welcome: url.searchParams.has('welcome'),
		registration: { ...registration, countryName: countryName(registration.country, m.locale) },
		choosable,
		timeZone: event.timeZone,
		eventName: event.name,
		qrSvg,
		// The feed's own read-only token, never this page's: calendar URLs get shared.
		calendarFeed: personalCalendarFeed(event, await issueCalendarFeedToken(params.token), settings().publicUrl)
	};
};

const confirmed = (form: FormData) => form.get('confirm') === 'yes';

export const actions: Actions = {
	sessions: async ({ params, request }) => {
		const registration = await registrationFor(params.token);
		if (registration.status === 'cancelled') return fail(409, { sessionsError: m.my.statusBody.cancelled });
		const form = await request.formData();
		const wanted = form.getAll('sessionIds').filter((value): value is string => typeof value === 'string').map(Number);
		const choosable = (await listChoosableSessions(registration.eventId)).map((session) => session.id);
		if (wanted.some((id) => !choosable.includes(id)) || wanted.length > choosable.length) {
			return fail(400, { sessionsError: m.validation.sessions });
		}
		await updateSessionChoices(registration.id, [...new Set(wanted)]);
		personalFeedChanged(params.token);
		return { sessionsSaved: true };
	},
	cancel: async ({ params, request }) => {
		const registration = await registrationFor(params.token);
		if (!confirmed(await request.formData())) return fail(400, { cancelError: m.my.confirmRequired });
		await cancelRegistration(registration.id);
		personalFeedChanged(params.token);
		return { cancelled: true };
	},
	erase: async ({ params, request }) => {
		const registration = await registrationFor(params.token);
		if (!confirmed(await request.formData())) return fail(400, { eraseError: m.my.confirmRequired });
		await eraseRegistration(registration.id);
		personalFeedChanged(params.token);
		redirect(303, '/my/erased');
	}
};
