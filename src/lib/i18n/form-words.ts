// The words of the forms several pages share (their schemas live in the domain: registration, sessions,
// speakers): labels and sentences for their problem codes, read by ./form-errors.ts.
import { m } from '$lib/paraglide/messages';
import type { FormWords } from './form-errors';
import { intlLocale } from './locale';

/** /register, and organizers adding someone. */
export const registrationWords = {
	fullName: { label: m.register_full_name, required: m.register_errors_full_name },
	email: { label: m.register_email, required: m.register_errors_email },
	organisation: { label: m.register_organisation, required: m.register_errors_organisation },
	jobTitle: { label: m.register_job_title, required: m.register_errors_job_title },
	category: { required: m.register_errors_category },
	country: { required: m.register_errors_country },
	sessionIds: { invalid: m.register_errors_sessions },
	needs: { label: m.register_needs },
	consent: { required: m.register_errors_consent }
} satisfies FormWords;

/** A web address part, in the session and speaker forms. */
const slug = { label: m.admin_speakers_slug, invalid: m.admin_validation_slug, taken: m.admin_validation_slug_taken };

/** The session form; `outside-day` names the summit's day, in the reader's language. */
export function sessionWords(event: { startsAt: Date; timeZone: string }): FormWords {
	const day = () =>
		new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'full', timeZone: event.timeZone }).format(event.startsAt);
	return {
		title: { label: m.admin_sessions_title_field, required: m.admin_sessions_title_required },
		slug,
		abstract: { label: m.admin_sessions_abstract },
		kind: { required: m.admin_sessions_kind_required },
		startsAt: {
			required: m.admin_sessions_starts_at_required,
			'outside-day': () => m.admin_sessions_outside_day({ date: day() })
		},
		endsAt: {
			required: m.admin_sessions_ends_at_required,
			'outside-day': () => m.admin_sessions_outside_day({ date: day() }),
			'end-before-start': m.admin_sessions_end_before_start
		},
		roomId: { invalid: m.admin_sessions_room_required },
		trackId: { invalid: m.admin_sessions_track_required },
		capacity: {
			invalid: m.admin_sessions_capacity_number,
			'below-taken': ({ count = 0 }) => m.admin_sessions_capacity_below_taken({ taken: count })
		},
		speakerId: { invalid: m.admin_sessions_speaker_required, duplicate: m.admin_sessions_duplicate_speaker },
		speakerRole: { invalid: m.admin_sessions_speaker_role_required },
		form: { 'not-found': m.admin_sessions_not_found }
	};
}

/** The speaker form, its photo included. */
export const speakerWords = {
	name: { label: m.admin_speakers_name, required: m.admin_speakers_name_required },
	honorific: { label: m.admin_speakers_honorific },
	roleTitle: { label: m.admin_speakers_role_title },
	organisationId: { invalid: m.admin_speakers_organisation_required },
	slug,
	bio: { label: m.admin_speakers_bio },
	linkLabel: { label: m.admin_speakers_link_label_name, required: m.admin_speakers_link_label_required },
	linkUrl: { label: m.admin_speakers_link_url_name, invalid: m.admin_speakers_link_url_required },
	photo: {
		type: m.admin_speakers_photo_type,
		'too-large': ({ max = 0 }) => m.admin_speakers_photo_too_large({ maxMb: max }),
		unreadable: m.admin_speakers_photo_unreadable,
		'too-small': ({ min = 0 }) => m.admin_speakers_photo_too_small({ min })
	},
	form: { 'not-found': m.admin_speakers_not_found }
} satisfies FormWords;

/** Creating the next edition at /admin/editions. */
export const editionWords = {
	name: { label: m.admin_editions_name, required: m.admin_editions_name_required },
	slug: {
		label: m.admin_editions_slug,
		required: m.admin_editions_slug_required,
		invalid: m.admin_validation_slug,
		taken: m.admin_editions_slug_taken
	},
	startsAt: {
		required: m.admin_editions_starts_at_required,
		invalid: m.admin_editions_time_invalid,
		'year-taken': m.admin_editions_year_taken
	},
	endsAt: {
		required: m.admin_editions_ends_at_required,
		invalid: m.admin_editions_time_invalid,
		'end-before-start': m.admin_editions_end_before_start
	}
} satisfies FormWords;
