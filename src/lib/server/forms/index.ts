// The one way every form action reads its form, public and organizer: the body (form encodings only, size
// counted as it arrives), then the form's zod schema, then either the data or what to send back:
//
//   const form = await readForm(event.request, schema);
//   if (!form.ok) return invalid(form.values, form.errors, form.status);
//
// Errors are one message per field (`fullName`, `speakerId.2`), and `form` for the form as a whole.
// Passwords and files are never sent back.
import { fail } from '@sveltejs/kit';
import type { z } from 'zod';
import { m } from '../../i18n';
import { BODY_PROBLEM_STATUS, readFormBody, type BodyProblem } from './body';

export type FieldErrors = Record<string, string>;
export type FormValues = Record<string, string | string[]>;

/**
 * Every form of the site is a few kilobytes: a 6,000-character bio in Chinese is 54 KB URL-encoded. Forms
 * with a file (speaker photos) pass their own limit.
 */
export const FORM_BODY_LIMIT = 64 * 1024;

export type FormResult<T> =
	| { ok: true; data: T; values: FormValues; formData: FormData }
	| { ok: false; status: 400 | 413 | 415; values: FormValues; errors: FieldErrors; formData: FormData | null };

const NEVER_ECHOED = /password|token/i;

const BODY_MESSAGES: Record<BodyProblem, () => string> = {
	'not-a-form': () => m.forms.notAForm,
	'too-large': () => m.forms.tooLarge,
	unreadable: () => m.forms.unreadable
};

export async function readForm<S extends z.ZodType>(request: Request, schema: S, options: { maxBytes?: number } = {}): Promise<FormResult<z.output<S>>> {
	const body = await readFormBody(request, options.maxBytes ?? FORM_BODY_LIMIT);
	if (!body.ok) {
		return { ok: false, status: BODY_PROBLEM_STATUS[body.problem], values: {}, errors: { form: BODY_MESSAGES[body.problem]() }, formData: null };
	}
	const { formData } = body;
	const values = formValues(formData);
	const parsed = parseWith(schema, formInput(formData));
	if (parsed.ok) return { ok: true, data: parsed.data, values, formData };
	return { ok: false, status: 400, values, errors: parsed.errors, formData };
}

/** Every text field as typed, to put back in the form; a name posted several times becomes a list. */
export function formValues(formData: FormData): FormValues {
	const values: FormValues = {};
	for (const key of new Set(formData.keys())) {
		if (NEVER_ECHOED.test(key)) continue;
		const texts = formData.getAll(key).filter((value): value is string => typeof value === 'string');
		if (texts.length === 0) continue;
		values[key] = texts.length === 1 ? texts[0]! : texts;
	}
	return values;
}

/** The form as a plain object for the schema: one value per name, or a list when a name repeats. */
function formInput(formData: FormData): Record<string, unknown> {
	const input: Record<string, unknown> = {};
	for (const key of new Set(formData.keys())) {
		const all = formData.getAll(key);
		input[key] = all.length === 1 ? all[0] : all;
	}
	return input;
}

export type Parsed<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

export function parseWith<S extends z.ZodType>(schema: S, input: unknown): Parsed<z.output<S>> {
	const result = schema.safeParse(input);
	if (result.success) return { ok: true, data: result.data };
	const errors: FieldErrors = {};
	for (const issue of result.error.issues) {
		const field = issue.path.length > 0 ? issue.path.map(String).join('.') : 'form';
		errors[field] ??= issue.message;
	}
	return { ok: false, errors };
}

/** A form sent back: 400 (or the status given) with what was typed and what to fix. */
export function invalid(values: FormValues, errors: FieldErrors, status = 400) {
	return fail(status, { values, errors });
}
