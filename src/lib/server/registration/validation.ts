// The registration form's schema, for attendees (/register) and for organizers adding someone. It checks
// what can be checked without the database; which sessions may be chosen is the registration domain's
// question (choosable.ts), asked when the registration is made.
import { z } from 'zod';
import { m } from '../../i18n';
import { ATTENDEE_CATEGORIES } from '../../registration/categories';
import { COUNTRY_CODES } from '../../registration/countries';
import { checkbox, choice, email, ids, text, ticked } from '../forms/fields';

// The one rule for email addresses lives with the form pipeline; register.ts takes it from here.
export { normaliseEmail } from '../forms/text';

export const FIELD_LIMITS = { fullName: 120, email: 254, organisation: 160, jobTitle: 120, needs: 1000 } as const;
/** More choices than the programme has means a tampered form. */
export const MAX_SESSIONS = 50;

const r = m.register;

export const registrationSchema = z.object({
	fullName: text({ label: r.fullName, max: FIELD_LIMITS.fullName, required: r.errors.fullName }),
	email: email({ label: r.email, max: FIELD_LIMITS.email, required: r.errors.email }),
	organisation: text({ label: r.organisation, max: FIELD_LIMITS.organisation, required: r.errors.organisation }),
	jobTitle: text({ label: r.jobTitle, max: FIELD_LIMITS.jobTitle, required: r.errors.jobTitle }),
	category: choice(ATTENDEE_CATEGORIES, r.errors.category),
	country: z.string(r.errors.country).refine((code) => COUNTRY_CODES.includes(code), r.errors.country),
	sessionIds: ids(r.errors.sessions, MAX_SESSIONS),
	needs: text({ label: r.needs, max: FIELD_LIMITS.needs, multiline: true }),
	consent: ticked(r.errors.consent),
	newsOptIn: checkbox
});

export type RegistrationInput = z.output<typeof registrationSchema>;
