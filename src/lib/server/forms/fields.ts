// The field types every form's schema is built from, public and organizer alike, reading what a plain
// form posts: strings, a name posted several times as a list, checkboxes as "on" or absent. Free text
// always goes through `text`/`email`, so the character policy (./text.ts) holds in every form. Each issue's
// message is a problem code (./index.ts); the page says it in words that name the field ("Enter your full
// name"), as GOV.UK's do.
import { z } from 'zod';
import type { FieldProblem } from '.';
import { emailText, hasRefusedCharacter, multiline, normaliseText, singleLine } from './text';

type TextOptions = {
	max: number;
	/** Empty is a problem (`required`); otherwise the field is optional and empty is ''. */
	required?: boolean;
	/** Lines kept (a bio, an abstract); otherwise one line. */
	multiline?: boolean;
};

const missingAsEmpty = (value: unknown) => (value === undefined || value === null ? '' : value);

/**
 * The rule of `text` for one value, for rows a schema checks itself (link rows): the character policy,
 * the shape (one line, or lines), then required and length.
 */
export function checkText(
	value: string,
	{ max, required = false, multiline: lines = false }: TextOptions
): { ok: true; text: string } | { ok: false; problem: FieldProblem } {
	if (hasRefusedCharacter(value)) return { ok: false, problem: { code: 'refused-characters' } };
	const normalised = normaliseText(value);
	const shaped = lines ? multiline(normalised) : singleLine(normalised);
	if (required && shaped === '') return { ok: false, problem: { code: 'required' } };
	if (shaped.length > max) return { ok: false, problem: { code: 'too-long', max } };
	return { ok: true, text: shaped };
}

/** A problem found by a schema's own check, with its figures (parseWith reads them back). */
export function addProblem(context: z.RefinementCtx, problem: FieldProblem, path?: (string | number)[]) {
	const { code, ...figures } = problem;
	// `continue`: the form's own cross-field checks still run, so every problem is told at once.
	context.addIssue({ code: 'custom', message: code, params: figures, continue: true, ...(path ? { path } : {}) });
}

/** Free text (a name, a title, a bio): the site's character policy, then its own limits. */
export function text(options: TextOptions) {
	return z.preprocess(
		missingAsEmpty,
		z.string(options.required ? 'required' : 'unreadable').transform((value, context) => {
			const checked = checkText(value, options);
			if (checked.ok) return checked.text;
			addProblem(context, checked.problem);
			return z.NEVER;
		})
	);
}

/** An email address, always required: NFKC, trimmed, case kept (compare with `normaliseEmail`). */
export function email({ max = 254 }: { max?: number } = {}) {
	return z.preprocess(
		missingAsEmpty,
		z
			.string('required')
			.transform((value, context) => {
				if (hasRefusedCharacter(value)) {
					addProblem(context, { code: 'refused-characters' });
					return z.NEVER;
				}
				return emailText(value);
			})
			.pipe(z.string().min(1, 'required').max(max, 'too-long').pipe(z.email('email')))
	);
}

/** A checkbox: present ("on") or absent. */
export const checkbox = z.preprocess((value) => value === 'on' || value === 'true', z.boolean());

/** A field that may repeat (several inputs of one name), as a list of strings. */
export const list = z.preprocess(
	(value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
	z.array(z.string())
);

/**
 * A database id as a form posts it: a positive integer written the one way ("2", never "2.0", "02",
 * "2e0" or " 2"), so two spellings cannot name one row twice.
 */
const CANONICAL_ID = /^[1-9][0-9]{0,15}$/;
export const isId = (value: unknown): value is string =>
	typeof value === 'string' && CANONICAL_ID.test(value) && Number.isSafeInteger(Number(value));

/** A hidden id: wrong only when the page is out of date or the form was tampered with. */
export function id() {
	return z.custom<string>(isId, 'stale').transform(Number);
}

/** A select of ids with an empty choice: null when empty. */
export function optionalId() {
	return z.preprocess(
		missingAsEmpty,
		z
			.custom<string>((value) => value === '' || isId(value), 'invalid')
			.transform((value) => (value === '' ? null : Number(value)))
	);
}

/** Checkboxes of ids (sessions to attend): each canonical, at most `max`, each once; else `invalid`. */
export function ids(max: number) {
	return z.preprocess(
		(value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
		z
			.array(z.string('invalid'), 'invalid')
			.max(max, 'invalid')
			.refine((values) => values.every(isId), 'invalid')
			.transform((values) => [...new Set(values.map(Number))])
	);
}

/** A choice from a fixed list (a select or radio buttons): `required` when none of them was posted. */
export function choice<const T extends readonly [string, ...string[]]>(
	values: T,
	code: 'required' | 'stale' = 'required'
) {
	return z.enum(values, code);
}

/** A box that must be ticked (consent, "yes, cancel"). */
export function ticked(value = 'on') {
	return z.literal(value, 'required');
}

/** A form that is only a button (cancel, delete, sign out): still read, so a body that is no form is refused. */
export const noFields = z.object({});
