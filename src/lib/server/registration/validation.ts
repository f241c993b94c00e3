// The registration form, validated on the server. Everything a person can fix comes back as a message
// per field, with what they typed; nothing is stored until all of it is valid.
import { z } from 'zod';
import { m } from '$lib/i18n';
import { ATTENDEE_CATEGORIES } from '$lib/registration/categories';
import { COUNTRY_CODES } from '$lib/registration/countries';

export const FIELD_LIMITS = { fullName: 120, email: 254, organisation: 160, jobTitle: 120, needs: 1000 } as const;
/** More choices than the programme has means a tampered form. */
const MAX_SESSIONS = 50;

// C0 and C1 controls (tab and newline are handled per field), and the bidirectional overrides that can
// make a name display as something else.
const FORBIDDEN_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/** One line: newlines and tabs become spaces, runs of spaces one, Unicode in its composed form. */
function singleLine(value: string): string {
	return value.normalize('NFC').replace(/[\t\r\n]+/g, ' ').replace(/ {2,}/g, ' ').trim();
}

function text(max: number, options: { multiline?: boolean; optional?: boolean } = {}) {
	return z
		.string()
		.transform((value) => (options.multiline ? value.normalize('NFC').replace(/\r\n?/g, '\n').trim() : singleLine(value)))
		.pipe(
			z
				.string()
				.min(options.optional ? 0 : 1, m.validation.required)
				.max(max, m.validation.tooLong(max))
				.refine((value) => !FORBIDDEN_CHARACTERS.test(value), m.validation.invalidCharacters)
		);
}

/** Case and surrounding spaces do not make a new person. */
export function normaliseEmail(email: string): string {
	return email.normalize('NFC').trim().toLowerCase();
}

export function registrationSchema(choosableSessionIds: number[]) {
	return z.object({
		fullName: text(FIELD_LIMITS.fullName),
		email: z
			.string()
			.transform((value) => value.trim())
			.pipe(z.string().min(1, m.validation.required).max(FIELD_LIMITS.email, m.validation.tooLong(FIELD_LIMITS.email)).pipe(z.email(m.validation.email))),
		organisation: text(FIELD_LIMITS.organisation),
		jobTitle: text(FIELD_LIMITS.jobTitle),
		category: z.enum(ATTENDEE_CATEGORIES, m.validation.category),
		country: z.string().refine((code) => COUNTRY_CODES.includes(code), m.validation.country),
		sessionIds: z
			.array(z.string())
			.max(MAX_SESSIONS, m.validation.sessions)
			.transform((ids) => [...new Set(ids)].map(Number))
			.refine((ids) => ids.every((id) => choosableSessionIds.includes(id)), m.validation.sessions),
		needs: text(FIELD_LIMITS.needs, { multiline: true, optional: true }),
		consent: z.literal('on', m.validation.consent),
		newsOptIn: z.string().optional().transform((value) => value === 'on')
	});
}

export type RegistrationInput = z.output<ReturnType<typeof registrationSchema>>;

// zod compiles a schema on first use; building one per submission cost a tenth of a registration's time.
// The choosable sessions change a few times a day, so the last schema is kept for its list.
let lastSchema: { key: string; schema: ReturnType<typeof registrationSchema> } | null = null;
function schemaFor(choosableSessionIds: number[]) {
	const key = choosableSessionIds.join(',');
	if (lastSchema?.key !== key) lastSchema = { key, schema: registrationSchema(choosableSessionIds) };
	return lastSchema.schema;
}

/** What the person typed, to put back in the form (never the honeypot). */
export type RegistrationFormValues = {
	fullName: string;
	email: string;
	organisation: string;
	jobTitle: string;
	category: string;
	country: string;
	sessionIds: string[];
	needs: string;
	consent: boolean;
	newsOptIn: boolean;
};

export type FieldErrors = Partial<Record<keyof RegistrationFormValues, string>>;

const field = (form: FormData, name: string) => {
	const value = form.get(name);
	return typeof value === 'string' ? value : '';
};

export function readRegistrationForm(form: FormData): { raw: Record<string, unknown>; values: RegistrationFormValues; honeypot: string } {
	const sessionIds = form.getAll('sessionIds').filter((value): value is string => typeof value === 'string');
	const raw = {
		fullName: field(form, 'fullName'),
		email: field(form, 'email'),
		organisation: field(form, 'organisation'),
		jobTitle: field(form, 'jobTitle'),
		category: field(form, 'category'),
		country: field(form, 'country'),
		sessionIds,
		needs: field(form, 'needs'),
		consent: form.get('consent') ?? undefined,
		newsOptIn: form.get('newsOptIn') ?? undefined
	};
	const values: RegistrationFormValues = {
		...raw,
		// Echo back at most what the field accepts, so a megabyte of text is not sent back either.
		fullName: raw.fullName.slice(0, FIELD_LIMITS.fullName * 2),
		email: raw.email.slice(0, FIELD_LIMITS.email * 2),
		organisation: raw.organisation.slice(0, FIELD_LIMITS.organisation * 2),
		jobTitle: raw.jobTitle.slice(0, FIELD_LIMITS.jobTitle * 2),
		needs: raw.needs.slice(0, FIELD_LIMITS.needs * 2),
		sessionIds: sessionIds.slice(0, MAX_SESSIONS),
		consent: raw.consent === 'on',
		newsOptIn: raw.newsOptIn === 'on'
	};
	return { raw, values, honeypot: field(form, 'website') };
}

export function validateRegistration(
	raw: Record<string, unknown>,
	choosableSessionIds: number[]
): { ok: true; input: RegistrationInput } | { ok: false; errors: FieldErrors } {
	const result = schemaFor(choosableSessionIds).safeParse(raw);
	if (result.success) return { ok: true, input: result.data };
	const errors: FieldErrors = {};
	for (const issue of result.error.issues) {
		const name = issue.path[0] as keyof FieldErrors | undefined;
		if (name && !errors[name]) errors[name] = issue.message;
	}
	return { ok: false, errors };
}
