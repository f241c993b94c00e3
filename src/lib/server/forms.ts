// Reading a posted form with a zod schema: the values to send back with the form, and one message per
// field, for `fail(400, { values, errors })`. Passwords and files are never sent back.
import { fail } from '@sveltejs/kit';
import type { z } from 'zod';

export type FieldErrors = Record<string, string>;
export type FormValues = Record<string, string | string[]>;

const NEVER_ECHOED = /password|token/i;

/** Every text field of the form; a name posted several times (checkbox groups, rows) becomes a list. */
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

/** The form as a plain object (repeated names as lists) and the schema's verdict on it. */
export async function readForm<S extends z.ZodType>(request: Request, schema: S) {
	const formData = await request.formData();
	const values = formValues(formData);
	const input: Record<string, unknown> = {};
	for (const key of new Set(formData.keys())) {
		const all = formData.getAll(key);
		input[key] = all.length === 1 ? all[0] : all;
	}
	return { formData, values, ...parseWith(schema, input) };
}

/** A form sent back: 400 (or the status given) with what was typed and what to fix. */
export function invalid(values: FormValues, errors: FieldErrors, status = 400) {
	return fail(status, { values, errors });
}
