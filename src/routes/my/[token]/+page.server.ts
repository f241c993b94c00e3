import { error, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { getCurrentEvent } from '$lib/server/agenda/event';
import { editionById } from '$lib/server/editions/editions';
import { cancelRegistration } from '$lib/server/registration/cancel';
import { cachedChoosableSessions } from '$lib/server/registration/choosable';
import { ticketQrSvg } from '$lib/server/registration/ticket-qr';
import { openPrivatePage } from '$lib/server/registration/private-page';
import {
	eraseRegistration,
	setRegistrationLanguage,
	updateSessionChoices
} from '$lib/server/registration/self-service';
import { findRegistrationByToken } from '$lib/server/registration/tokens';
import { MAX_SESSIONS } from '$lib/server/registration/validation';
import { invalid, readForm } from '$lib/server/forms';
import { choice, ids, ticked } from '$lib/server/forms/fields';
import { countryName } from '$lib/registration/countries';
import { personalCalendarFeed } from '$lib/server/calendar/links';
import { personalFeedChanged } from '$lib/server/calendar/personal';
import { m } from '$lib/paraglide/messages';
import { getLocale, locales } from '$lib/paraglide/runtime';
import { localizeHref } from '$lib/i18n/href';
import { intlLocale, storedLocale } from '$lib/i18n/locale';
import { fieldErrors } from '$lib/i18n/form-errors';
import type { Actions, PageServerLoad } from './$types';
import { settings } from '$lib/server/config';

// The token is the only key to this page: never cached, never indexed, never sent to another site as a
// referrer. `same-origin` rather than `no-referrer`: with no-referrer, browsers post the page's own forms
// with `Origin: null`, which SvelteKit's CSRF check refuses.
const PRIVATE_HEADERS = {
	'cache-control': 'private, no-store',
	'x-robots-tag': 'noindex',
	'referrer-policy': 'same-origin'
};

async function registrationFor(token: string) {
	const registration = await findRegistrationByToken(token);
	if (!registration) error(404, m.not_found_title());
	return registration;
}

export const load: PageServerLoad = async ({ params, url, setHeaders }) => {
	setHeaders(PRIVATE_HEADERS);
	// A rush of new registrants lands here: the link with the registration and its sessions in one read,
	// and the rest from caches (the edition, the choosable sessions, the QR code).
	const page = await openPrivatePage(params.token, getLocale());
	if (!page) error(404, m.not_found_title());
	const { registration, feedToken } = page;
	// The edition they registered for, which need not be the current one any more.
	const event = (await editionById(registration.eventId)) ?? (await getCurrentEvent());
	const [choosable, qrSvg] = await Promise.all([
		cachedChoosableSessions(event.id, getLocale()),
		ticketQrSvg(registration.reference)
	]);
	return {
		welcome: url.searchParams.has('welcome'),
		// Each change answers with a redirect back here (post, redirect, get), to the section it changed: a
		// reload shows the page again rather than sending the form twice.
		languageSaved: url.searchParams.get('language') === 'saved',
		sessionsSaved: url.searchParams.get('sessions') === 'saved',
		cancelled: url.searchParams.get('registration') === 'cancelled',
		registration: {
			...registration,
			countryName: countryName(registration.country, intlLocale()),
			locale: storedLocale(registration.locale)
		},
		choosable,
		timeZone: event.timeZone,
		eventName: event.name,
		qrSvg,
		// The feed's own read-only token, never this page's: calendar URLs get shared.
		calendarFeed: personalCalendarFeed(event, feedToken, settings().publicUrl, getLocale())
	};
};

const sessionsSchema = z.object({ sessionIds: ids(MAX_SESSIONS) });
const cancelSchema = z.object({ confirmCancel: ticked('yes') });
const eraseSchema = z.object({ confirmErase: ticked('yes') });
const languageSchema = z.object({ locale: choice(locales) });
const words = {
	sessionIds: { invalid: m.register_errors_sessions },
	confirmCancel: { required: m.my_confirm_cancel },
	confirmErase: { required: m.my_confirm_erase },
	locale: { required: m.my_language_required, invalid: m.my_language_required }
};

export const actions: Actions = {
	sessions: async ({ params, request }) => {
		const registration = await registrationFor(params.token);
		const form = await readForm(request, sessionsSchema);
		if (!form.ok) return invalid(form.values, fieldErrors(form.problems, words), form.status);
		if (registration.status === 'cancelled') return invalid(form.values, { form: m.my_status_body_cancelled() }, 409);
		const result = await updateSessionChoices(registration.id, form.data.sessionIds);
		if (!result.ok) return invalid(form.values, { sessionIds: m.register_errors_sessions() });
		personalFeedChanged(params.token);
		redirect(303, localizeHref(`/my/${params.token}?sessions=saved#sessions-title`));
	},
	cancel: async ({ params, request }) => {
		const registration = await registrationFor(params.token);
		const form = await readForm(request, cancelSchema);
		if (!form.ok) return invalid(form.values, fieldErrors(form.problems, words), form.status);
		await cancelRegistration(registration.id);
		personalFeedChanged(params.token);
		redirect(303, localizeHref(`/my/${params.token}?registration=cancelled`));
	},
	/** Their mails and calendar in this language from now on; the page follows, in that language. */
	language: async ({ params, request }) => {
		const registration = await registrationFor(params.token);
		const form = await readForm(request, languageSchema);
		if (!form.ok) return invalid(form.values, fieldErrors(form.problems, words), form.status);
		await setRegistrationLanguage(registration.id, form.data.locale);
		personalFeedChanged(params.token);
		redirect(303, localizeHref(`/my/${params.token}?language=saved#language-title`, { locale: form.data.locale }));
	},
	erase: async ({ params, request }) => {
		const registration = await registrationFor(params.token);
		const form = await readForm(request, eraseSchema);
		if (!form.ok) return invalid(form.values, fieldErrors(form.problems, words), form.status);
		await eraseRegistration(registration.id);
		personalFeedChanged(params.token);
		redirect(303, localizeHref('/my/erased'));
	}
};
