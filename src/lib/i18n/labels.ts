// Words for the closed vocabularies the database stores as codes (session kinds, speaker roles,
// attendee categories, statuses, organizer roles): one message per code, in the reader's language, or in
// the `locale` given where there is no request (mail, calendar files). A code without a label (data
// from a newer version) shows as itself.
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import type { OrganisationRole, SessionKind, SpeakerRole } from '$lib/agenda/vocabulary';
import type { ATTENDEE_CATEGORIES, CHOICE_STATUSES, REGISTRATION_STATUSES } from '$lib/registration/categories';
// Types only: erased before anything reaches the browser.
import type { Role } from '$lib/server/auth/roles';

type Options = { locale?: Locale };
type Label = (inputs: Record<string, never>, options: Options) => string;

function labels<Code extends string>(messages: Record<Code, Label>) {
	return (code: string, options: Options = {}): string =>
		Object.hasOwn(messages, code) ? messages[code as Code]({}, options) : code;
}

type Attendee = (typeof ATTENDEE_CATEGORIES)[number];
type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];
type ChoiceStatus = (typeof CHOICE_STATUSES)[number];

export const sessionKindLabel = labels<SessionKind>({
	ceremony: m.kind_ceremony,
	remarks: m.kind_remarks,
	keynote: m.kind_keynote,
	'fireside-chat': m.kind_fireside_chat,
	panel: m.kind_panel,
	break: m.kind_break,
	networking: m.kind_networking
});

export const speakerRoleLabel = labels<SpeakerRole>({
	speaker: m.role_speaker,
	moderator: m.role_moderator,
	signatory: m.role_signatory,
	witness: m.role_witness,
	host: m.role_host
});

export const organisationRoleLabel = labels<OrganisationRole>({
	host: m.organisation_role_host,
	organiser: m.organisation_role_organiser,
	'strategic-partner': m.organisation_role_strategic_partner,
	'ecosystem-partner': m.organisation_role_ecosystem_partner,
	'speaker-organisation': m.organisation_role_speaker_organisation
});

export const attendeeCategoryLabel = labels<Attendee>({
	industry: m.attendee_category_industry,
	academia: m.attendee_category_academia,
	government: m.attendee_category_government,
	investor: m.attendee_category_investor,
	media: m.attendee_category_media,
	student: m.attendee_category_student,
	other: m.attendee_category_other
});

/** A registration's or a chosen session's status as the attendee reads it ("On the waitlist"). */
export const attendeeStatusLabel = labels<RegistrationStatus | ChoiceStatus>({
	confirmed: m.my_status_confirmed,
	waitlisted: m.my_status_waitlisted,
	cancelled: m.my_status_cancelled,
	requested: m.my_status_requested
});

/** What a registration's status means for the attendee, on their page. */
export const attendeeStatusExplanation = labels<RegistrationStatus>({
	confirmed: m.my_status_body_confirmed,
	waitlisted: m.my_status_body_waitlisted,
	cancelled: m.my_status_body_cancelled
});

export const adminRoleLabel = labels<Role>({
	admin: m.admin_role_admin,
	editor: m.admin_role_editor,
	checkin: m.admin_role_checkin
});

export const adminRoleDescription = labels<Role>({
	admin: m.admin_role_description_admin,
	editor: m.admin_role_description_editor,
	checkin: m.admin_role_description_checkin
});

/** A registration's status as organizers read it ("Waitlisted"). */
export const registrationStatusLabel = labels<RegistrationStatus>({
	confirmed: m.admin_registration_status_confirmed,
	waitlisted: m.admin_registration_status_waitlisted,
	cancelled: m.admin_registration_status_cancelled
});

/** A chosen session's status as organizers read it. */
export const choiceStatusLabel = labels<ChoiceStatus>({
	requested: m.admin_choice_status_requested,
	confirmed: m.admin_choice_status_confirmed,
	waitlisted: m.admin_choice_status_waitlisted,
	cancelled: m.admin_choice_status_cancelled
});
