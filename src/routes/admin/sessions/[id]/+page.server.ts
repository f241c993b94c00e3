import { error, redirect } from '@sveltejs/kit';
import { organizerEdition } from '$lib/server/admin/edition';
import { sessionFormData, sessionFormValues } from '$lib/server/admin/session-form';
import {
	deleteSession,
	getSessionForEdit,
	listSessionsForAdmin,
	sessionSchema,
	sessionWarnings,
	setSessionStatus,
	updateSession
} from '$lib/server/admin/sessions';
import { currentActor, requireRole } from '$lib/server/auth/guard';
import { PROGRAMME_EDITORS } from '$lib/server/auth/roles';
import { invalid, readForm } from '$lib/server/forms';
import { TRANSLATED_FORM_BODY_LIMIT } from '$lib/server/content/form';
import { noFields } from '$lib/server/forms/fields';
import { m } from '$lib/paraglide/messages';
import { fieldErrors } from '$lib/i18n/form-errors';
import { sessionWords } from '$lib/i18n/form-words';
import type { Actions, PageServerLoad } from './$types';
import { localizeHref } from '$lib/i18n/href';

function sessionId(param: string): number {
	const id = Number(param);
	if (!Number.isSafeInteger(id) || id <= 0) error(404, m.admin_sessions_not_found());
	return id;
}

export const load: PageServerLoad = async ({ params, url, cookies }) => {
	requireRole(PROGRAMME_EDITORS);
	const event = await organizerEdition({ cookies });
	const session = await getSessionForEdit(event.id, sessionId(params.id));
	if (!session) error(404, m.admin_sessions_not_found());
	const warnings = sessionWarnings(await listSessionsForAdmin(event.id)).get(session.id) ?? [];
	return {
		...(await sessionFormData(event)),
		session: {
			id: session.id,
			status: session.status,
			revision: session.revision,
			attendees: session._count.attendees,
			...sessionFormValues(session, event.timeZone)
		},
		warnings,
		created: url.searchParams.has('created')
	};
};

export const actions: Actions = {
	update: async (event) => {
		requireRole(PROGRAMME_EDITORS);
		const id = sessionId(event.params.id);
		const { values, ...form } = await readForm(event.request, sessionSchema, { maxBytes: TRANSLATED_FORM_BODY_LIMIT });
		const summit = await organizerEdition(event);
		if (!form.ok) return invalid(values, fieldErrors(form.problems, sessionWords(summit)), form.status);
		const result = await updateSession(currentActor(), summit, id, form.data);
		if (!result.ok) return invalid(values, fieldErrors(result.problems, sessionWords(summit)), result.status);
		return {
			message:
				result.warnings.length > 0
					? m.admin_sessions_saved_with_warnings({ title: form.data.title })
					: m.admin_sessions_updated({ title: form.data.title })
		};
	},
	cancel: async (event) => {
		requireRole(PROGRAMME_EDITORS);
		const form = await readForm(event.request, noFields);
		if (!form.ok) return invalid(form.values, fieldErrors(form.problems), form.status);
		const summit = await organizerEdition(event);
		const result = await setSessionStatus(currentActor(), summit.id, sessionId(event.params.id), 'cancelled');
		if (!result.ok) return invalid({}, { form: m.admin_sessions_not_found() }, 404);
		return { message: m.admin_sessions_cancelled({ title: result.title }) };
	},
	reinstate: async (event) => {
		requireRole(PROGRAMME_EDITORS);
		const form = await readForm(event.request, noFields);
		if (!form.ok) return invalid(form.values, fieldErrors(form.problems), form.status);
		const summit = await organizerEdition(event);
		const result = await setSessionStatus(currentActor(), summit.id, sessionId(event.params.id), 'scheduled');
		if (!result.ok) return invalid({}, { form: m.admin_sessions_not_found() }, 404);
		return { message: m.admin_sessions_reinstated({ title: result.title }) };
	},
	delete: async (event) => {
		requireRole(PROGRAMME_EDITORS);
		const form = await readForm(event.request, noFields);
		if (!form.ok) return invalid(form.values, fieldErrors(form.problems), form.status);
		const summit = await organizerEdition(event);
		const result = await deleteSession(currentActor(), summit.id, sessionId(event.params.id));
		if (!result.ok && result.error === 'not-found') return invalid({}, { form: m.admin_sessions_not_found() }, 404);
		if (!result.ok) return invalid({}, { delete: m.admin_sessions_delete_refused({ n: result.attendees }) }, 409);
		redirect(303, localizeHref(`/admin/sessions?deleted=${encodeURIComponent(result.title)}`));
	}
};
