// Who attends: the categories the registration form offers and the organizers filter by.
export const ATTENDEE_CATEGORIES = [
	'industry',
	'academia',
	'government',
	'investor',
	'media',
	'student',
	'other'
] as const;
export type AttendeeCategory = (typeof ATTENDEE_CATEGORIES)[number];

export const REGISTRATION_STATUSES = ['confirmed', 'waitlisted', 'cancelled'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export const CHOICE_STATUSES = ['requested', 'confirmed', 'waitlisted', 'cancelled'] as const;
export type ChoiceStatus = (typeof CHOICE_STATUSES)[number];
