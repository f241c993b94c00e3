// The one way every form action reads its form, public and organizer: the body (form encodings only, size
// counted as it arrives), then the form's zod schema, then either the data or what to send back:
//
//   const form = await readForm(event.request, schema);
//   if (!form.ok) return invalid(form.values, fieldErrors(form.problems, words), form.status);
//
// Problems are codes, one per field (`fullName`, `speakerId.2`), and `form` for the form as a whole; the
// route puts them in the reader's words (src/lib/i18n/form-errors.ts). Passwords and files are never sent back.
import { fail } from '@sveltejs/kit';
import type { z } from 'zod';
import { BODY_PROBLEM_STATUS, readFormBody, type BodyProblem } from './body';

/**
 * What is wrong with one field: a code, with the figures its sentence needs. The codes every form shares
 * are `required` (empty, or nothing chosen), `invalid` (not one of the choices, or not in the shape asked
 * for), `too-long` (max), `too-short` (min), `refused-characters`, `unreadable` (not text), `email`, `stale`
 * (a hidden field: the page is out of date or was tampered with) and, for the whole form, `not-a-form`,
 * `form-too-large` and `form-unreadable`. A domain adds its own (a session's `end-before-start`).
 */
export type FieldProblem = { code: string; max?: number; min?: number; count?: number; ratio?: number };
export type FieldProblems = Record<string, FieldProblem>;
/** The problems in words, as the form page shows them beside their fields. */
export type FieldErrors = Record<string, string>;
export type FormValues = Record<string, string | string[]>;

/**
 * Every form of the site is a few kilobytes: a 6,000-character bio in Chinese is 54 KB URL-encoded. Forms
 * with a file (speaker photos) pass their own limit.
 */
export const FORM_BODY_LIMIT = 64 * 1024;

export type FormResult<T> =
	| { ok: true; data: T; values: FormValues; formData: FormData }
	| { ok: false; status: 400 | 413 | 415; values: FormValues; problems: FieldProblems; formData: FormData | null };

const NEVER_ECHOED = /password|token/i;

const BODY_PROBLEMS: Record<BodyProblem, FieldProblem> = {
	'not-a-form': { code: 'not-a-form' },
	'too-large': { code: 'form-too-large' },
	unreadable: { code: 'form-unreadable' }
};

export async function readForm<S extends z.ZodType>(
	request: Request,
	schema: S,
	options: { maxBytes?: number } = {}
): Promise<FormResult<z.output<S>>> {
	const body = await readFormBody(request, options.maxBytes ?? FORM_BODY_LIMIT);
	if (!body.ok) {
		return {
			ok: false,
			status: BODY_PROBLEM_STATUS[body.problem],
			values: {},
			problems: { form: BODY_PROBLEMS[body.problem] },
			formData: null
		};
	}
	const { formData } = body;
	const values = formValues(formData);
	const parsed = parseWith(schema, formInput(formData));
	if (parsed.ok) return { ok: true, data: parsed.data, values, formData };
	return { ok: false, status: 400, values, problems: parsed.problems, formData };
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

export type Parsed<T> = { ok: true; data: T } | { ok: false; problems: FieldProblems };

/** The schemas of ./fields.ts give each issue a problem code as its message; the first per field counts. */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown): Parsed<z.output<S>> {
	const result = schema.safeParse(input);
	if (result.success) return { ok: true, data: result.data };
	const problems: FieldProblems = {};
	for (const issue of result.error.issues) {
		const field = issue.path.length > 0 ? issue.path.map(String).join('.') : 'form';
		problems[field] ??= problemOf(issue);
	}
	return { ok: false, problems };
}

function problemOf(issue: z.core.$ZodIssue): FieldProblem {
	if (issue.code === 'too_big') return { code: issue.message, max: Number(issue.maximum) };
	if (issue.code === 'too_small') return { code: issue.message, min: Number(issue.minimum) };
	if (issue.code === 'custom')
		return { ...(issue.params as Omit<FieldProblem, 'code'> | undefined), code: issue.message };
	return { code: issue.message };
}

/** A form sent back: 400 (or the status given) with what was typed and what to fix, in words. */
export function invalid(values: FormValues, errors: FieldErrors, status = 400) {
	return fail(status, { values, errors });
}
