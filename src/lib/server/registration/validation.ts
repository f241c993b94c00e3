// The registration form's schema, for attendees (/register) and for organizers adding someone. It checks
// what can be checked without the database; which sessions may be chosen is the registration domain's
// question (choosable.ts), asked when the registration is made. Problems are codes; the pages word them
// (src/lib/i18n/form-words.ts).
import { z } from 'zod';
import { ATTENDEE_CATEGORIES } from '../../registration/categories';
import { COUNTRY_CODES } from '../../registration/countries';
import { checkbox, choice, email, ids, text, ticked } from '../forms/fields';

export const FIELD_LIMITS = { fullName: 120, email: 254, organisation: 160, jobTitle: 120, needs: 1000 } as const;
/** More choices than the programme has means a tampered form. */
export const MAX_SESSIONS = 50;

export const registrationSchema = z.object({
	fullName: text({ max: FIELD_LIMITS.fullName, required: true }),
	email: email({ max: FIELD_LIMITS.email }),
	organisation: text({ max: FIELD_LIMITS.organisation, required: true }),
	jobTitle: text({ max: FIELD_LIMITS.jobTitle, required: true }),
	category: choice(ATTENDEE_CATEGORIES),
	country: z.string('required').refine((code) => COUNTRY_CODES.includes(code), 'required'),
	sessionIds: ids(MAX_SESSIONS),
	needs: text({ max: FIELD_LIMITS.needs, multiline: true }),
	consent: ticked(),
	newsOptIn: checkbox
});

export type RegistrationInput = z.output<typeof registrationSchema>;
