// The words of the forms several pages share (their schemas live in the domain: registration, sessions,
// speakers): labels and sentences for their problem codes, read by ./form-errors.ts.
import { m } from '$lib/paraglide/messages';
import type { FormWords } from './form-errors';
import { intlLocale, localeName } from './locale';

/**
 * The words of a form with translation fields ("title:zh-hk", src/lib/server/content/form.ts): each is
 * named by its English field's label and its language ("Title (繁體中文) must be 200 characters or fewer").
 */
export function withTranslationWords(words: FormWords, fields: string[]): FormWords {
	const translated: FormWords = { ...words };
	for (const field of fields) {
		const label = words[field]?.label;
		for (const locale of ['zh-hk', 'zh-cn'] as const) {
			translated[`${field}:${locale}`] = {
				label: (problem) =>
					m.admin_translation_field({ field: label?.(problem) ?? field, language: localeName(locale) })
			};
		}
	}
	return translated;
}

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
	return withTranslationWords(
		{
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
		},
		['title', 'abstract']
	);
}

/** The speaker form, its photo included. */
export const speakerWords = withTranslationWords(
	{
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
	},
	['name', 'honorific', 'roleTitle', 'bio']
);

/** Removing a track, room, organisation, highlight or quote: the tick that confirms it. */
export const deleteWords = {
	confirm: { required: m.admin_content_delete_tick_required }
} satisfies FormWords;

export const trackWords = withTranslationWords(
	{
		name: { label: m.admin_tracks_name, required: m.admin_tracks_name_required },
		slug,
		description: { label: m.admin_content_description },
		color: {
			label: m.admin_tracks_color,
			required: m.admin_tracks_color_invalid,
			invalid: m.admin_tracks_color_invalid,
			'low-contrast': ({ ratio = 0, min = 0 }) => m.admin_tracks_color_low_contrast({ ratio, min })
		},
		form: { 'not-found': m.admin_tracks_not_found }
	},
	['name', 'description']
);

export const roomWords = withTranslationWords(
	{
		name: { label: m.admin_rooms_name, required: m.admin_rooms_name_required },
		slug,
		description: { label: m.admin_content_description },
		capacity: { invalid: m.admin_rooms_capacity_invalid },
		form: { 'not-found': m.admin_rooms_not_found }
	},
	['name', 'description']
);

/** The organisation form, its logo included. */
export const organisationWords = withTranslationWords(
	{
		name: { label: m.admin_organisations_name, required: m.admin_organisations_name_required },
		shortName: { label: m.admin_organisations_short_name },
		slug,
		description: { label: m.admin_content_description },
		websiteUrl: { label: m.admin_organisations_website, invalid: m.admin_organisations_website_invalid },
		roles: { invalid: m.admin_organisations_roles_invalid },
		logo: {
			type: m.admin_organisations_logo_type,
			'too-large': ({ max = 0 }) => m.admin_organisations_logo_too_large({ maxMb: max }),
			unreadable: m.admin_organisations_logo_unreadable,
			'too-small': ({ min = 0 }) => m.admin_organisations_logo_too_small({ min })
		},
		form: { 'not-found': m.admin_organisations_not_found }
	},
	['name', 'shortName', 'description']
);

export const highlightWords = withTranslationWords(
	{
		title: { label: m.admin_highlights_title_field, required: m.admin_highlights_title_required },
		body: { label: m.admin_highlights_body, required: m.admin_highlights_body_required },
		figure: { label: m.admin_highlights_figure, required: m.admin_highlights_figure_required },
		figureLabel: { label: m.admin_highlights_figure_label, required: m.admin_highlights_figure_label_required },
		form: { 'not-found': m.admin_highlights_not_found }
	},
	['title', 'body', 'figureLabel']
);

export const quoteWords = {
	speakerId: { required: m.admin_quotes_speaker_required, invalid: m.admin_quotes_speaker_required },
	text: { label: m.admin_quotes_text, required: m.admin_quotes_text_required },
	source: { label: m.admin_quotes_source },
	language: { required: m.admin_quote_language_required },
	...Object.fromEntries(
		(['en', 'zh-hk', 'zh-cn'] as const).map((locale) => [
			`text:${locale}`,
			{
				label: () => m.admin_quote_translation({ language: localeName(locale) }),
				'same-language': m.admin_quote_translation_same_language
			}
		])
	),
	form: { 'not-found': m.admin_quotes_not_found }
} satisfies FormWords;

/** The event settings form (/admin/event). */
export const eventSettingsWords: FormWords = withTranslationWords(
	{
		name: { label: m.admin_event_name, required: m.admin_event_name_required },
		tagline: { label: m.admin_event_tagline },
		description: { label: m.admin_event_description },
		timeZone: {
			label: m.admin_event_time_zone,
			required: m.admin_event_time_zone_required,
			invalid: m.admin_event_time_zone_invalid
		},
		startsAt: { required: m.admin_event_starts_at_required, invalid: m.admin_event_date_invalid },
		endsAt: {
			required: m.admin_event_ends_at_required,
			invalid: m.admin_event_date_invalid,
			'end-before-start': m.admin_event_end_before_start
		},
		venueName: { label: m.admin_event_venue_name, required: m.admin_event_venue_name_required },
		venueAddress: { label: m.admin_event_venue_address },
		venueDistrict: { label: m.admin_event_venue_district },
		venueMapUrl: { label: m.admin_event_venue_map_url, invalid: m.admin_event_venue_map_url_invalid },
		reminderTime: { label: m.admin_event_reminder_time, invalid: m.admin_event_reminder_time_invalid },
		contactEmail: { label: m.admin_event_contact_email },
		registrationOpensAt: { invalid: m.admin_event_date_invalid, 'after-event': m.admin_event_opens_after_event },
		registrationClosesAt: {
			invalid: m.admin_event_date_invalid,
			'end-before-start': m.admin_event_closes_before_opens,
			'after-event': m.admin_event_closes_after_event
		},
		capacity: {
			invalid: m.admin_event_capacity_number,
			'below-taken': ({ count = 0 }) => m.admin_event_capacity_below_taken({ taken: count })
		}
	},
	['name', 'tagline', 'description', 'venueName', 'venueAddress', 'venueDistrict']
);
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

/** Releasing the programme (/admin/schedule). */
export const releaseWords = {
	version: {
		label: m.admin_schedule_version,
		required: m.admin_schedule_version_required,
		taken: m.admin_schedule_version_taken
	},
	note: { label: m.admin_schedule_note },
	form: {
		'nothing-to-release': m.admin_schedule_nothing_to_release,
		'released-meanwhile': m.admin_schedule_released_meanwhile
	}
} satisfies FormWords;

/** An announcement to attendees. */
export const announcementWords = {
	subject: { label: m.admin_announcements_subject, required: m.admin_announcements_subject_required },
	body: { label: m.admin_announcements_body, required: m.admin_announcements_body_required },
	audience: { required: m.admin_announcements_audience_required, 'no-recipients': m.admin_announcements_no_recipients },
	sessionId: { required: m.admin_announcements_session_required, invalid: m.admin_announcements_session_invalid },
	sendKey: { stale: m.admin_announcements_send_key_stale }
} satisfies FormWords;
