import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { organizerEdition } from '$lib/server/admin/edition';
import { currentActor, requireRole } from '$lib/server/auth/guard';
import { DOOR_STAFF } from '$lib/server/auth/roles';
import {
	checkInById,
	checkInByReference,
	checkInProgress,
	findAttendees,
	undoCheckIn,
	UNDO_WINDOW_MS,
	type Attendee
} from '$lib/server/checkin/checkin';
import { now } from '$lib/server/clock';
import { invalid, readForm } from '$lib/server/forms';
import { id, text } from '$lib/server/forms/fields';
import { m } from '$lib/paraglide/messages';
import { intlLocale } from '$lib/i18n/locale';
import { fieldErrors } from '$lib/i18n/form-errors';
import { formatTime, zoneLabel } from '$lib/time';
import type { Actions, PageServerLoad } from './$types';

const checkInSchema = z.union([
	z.object({ registrationId: id() }),
	z.object({ reference: text({ max: 40, required: true }) })
]);
const undoSchema = z.object({ registrationId: id() });
const words = { reference: { label: m.admin_check_in_reference, required: m.admin_check_in_reference_required } };

export const load: PageServerLoad = async ({ url, cookies }) => {
	requireRole(DOOR_STAFF);
	const event = await organizerEdition({ cookies });
	const q = (url.searchParams.get('q') ?? '').trim().slice(0, 100);
	const [matches, progress] = await Promise.all([findAttendees(event.id, q), checkInProgress(event.id)]);
	return { q, matches, progress, timeZone: event.timeZone };
};

export const actions: Actions = {
	checkIn: async (event) => {
		requireRole(DOOR_STAFF);
		const { values, ...form } = await readForm(event.request, checkInSchema);
		// One box on the page: whatever went wrong is said beside it.
		if (!form.ok) {
			const errors = fieldErrors(form.problems, words);
			return invalid(
				values,
				{ reference: errors.reference ?? errors.form ?? m.admin_check_in_reference_required() },
				form.status
			);
		}
		const summit = await organizerEdition(event);
		const actor = currentActor();
		const result =
			'registrationId' in form.data
				? await checkInById(actor, summit.id, form.data.registrationId, now())
				: await checkInByReference(actor, summit.id, form.data.reference, now());
		const at = (instant: Date) =>
			`${formatTime(instant, summit.timeZone, intlLocale())} ${zoneLabel(summit.timeZone, intlLocale())}`;
		// Door staff see who is in front of them, and the needs to act on (a meal, a ramp, a seat).
		const person = ({ id, jobTitle, organisation, needs }: Attendee) => ({
			attendee: { id, jobTitle, organisation, needs }
		});
		switch (result.outcome) {
			case 'checked-in':
				return {
					outcome: result.outcome,
					message: m.admin_check_in_checked_in({ name: result.name }),
					reference: result.reference,
					...person(result),
					undoable: true
				};
			case 'already':
				return {
					outcome: result.outcome,
					message: m.admin_check_in_already_checked_in({ name: result.name, time: at(result.at) }),
					reference: result.reference,
					...person(result),
					undoable: now().getTime() - result.at.getTime() < UNDO_WINDOW_MS
				};
			case 'not-found':
				return invalid(values, { reference: m.admin_check_in_not_found() }, 404);
			default:
				return invalid(
					values,
					{
						reference:
							result.outcome === 'cancelled'
								? m.admin_check_in_cancelled({ name: result.name })
								: m.admin_check_in_waitlisted({ name: result.name })
					},
					409
				);
		}
	},
	undo: async (event) => {
		requireRole(DOOR_STAFF);
		const form = await readForm(event.request, undoSchema);
		if (!form.ok) return fail(form.status, { outcome: 'refused', message: m.admin_check_in_undo_not_found() });
		const summit = await organizerEdition(event);
		const result = await undoCheckIn(currentActor(), summit.id, form.data.registrationId, now());
		switch (result.outcome) {
			case 'undone':
				return { outcome: 'undone', message: m.admin_check_in_undone({ name: result.name }) };
			case 'not-found':
				return fail(404, { outcome: 'refused', message: m.admin_check_in_undo_not_found() });
			case 'too-late':
				return fail(409, { outcome: 'refused', message: m.admin_check_in_undo_too_late({ name: result.name }) });
			default:
				return fail(409, { outcome: 'refused', message: m.admin_check_in_undo_nothing({ name: result.name }) });
		}
	}
};
