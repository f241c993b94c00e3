// The field types every form's schema is built from, public and organizer alike, reading what a plain
// form posts: strings, a name posted several times as a list, checkboxes as "on" or absent. Free text
// always goes through `text`/`email`, so the character policy (./text.ts) holds in every form. Each
// message names its field ("Enter your full name"), as GOV.UK's do.
import { z } from 'zod';
import { m } from '../../i18n';
import { emailText, hasRefusedCharacter, multiline, normaliseText, singleLine } from './text';

const v = m.validation;

type TextOptions = {
	/** The field's label, for the messages a rule shares ("Full name must be 120 characters or fewer"). */
	label: string;
	max: number;
	/** The message when it is empty; without one the field is optional and empty is ''. */
	required?: string;
	/** Lines kept (a bio, an abstract); otherwise one line. */
	multiline?: boolean;
};

const missingAsEmpty = (value: unknown) => (value === undefined || value === null ? '' : value);

/**
 * The rule of `text` for one value, for rows a schema checks itself (link rows): the character policy,
 * the shape (one line, or lines), then required and length.
 */
export function checkText(value: string, { label, max, required, multiline: lines = false }: TextOptions): { ok: true; text: string } | { ok: false; message: string } {
	if (hasRefusedCharacter(value)) return { ok: false, message: v.invalidCharacters(label) };
	const normalised = normaliseText(value);
	const shaped = lines ? multiline(normalised) : singleLine(normalised);
	if (required && shaped === '') return { ok: false, message: required };
	if (shaped.length > max) return { ok: false, message: v.tooLong(label, max) };
	return { ok: true, text: shaped };
}

/** Free text (a name, a title, a bio): the site's character policy, then its own limits. */
export function text(options: TextOptions) {
	return z.preprocess(
		missingAsEmpty,
		z.string(options.required ?? v.unreadable(options.label)).transform((value, context) => {
			const checked = checkText(value, options);
			if (checked.ok) return checked.text;
			// `continue`: the form's own cross-field checks still run, so every problem is told at once.
			context.addIssue({ code: 'custom', message: checked.message, continue: true });
			return z.NEVER;
		})
	);
}

/** An email address: NFKC, trimmed, case kept (compare with `normaliseEmail`). */
export function email({ label, required, max = 254 }: { label: string; required: string; max?: number }) {
	return z.preprocess(
		missingAsEmpty,
		z
			.string(required)
			.transform((value, context) => {
				if (hasRefusedCharacter(value)) {
					context.addIssue({ code: 'custom', message: v.invalidCharacters(label), continue: true });
					return z.NEVER;
				}
				return emailText(value);
			})
			.pipe(z.string().min(1, required).max(max, v.tooLong(label, max)).pipe(z.email(v.email)))
	);
}

/** A checkbox: present ("on") or absent. */
export const checkbox = z.preprocess((value) => value === 'on' || value === 'true', z.boolean());

/** A field that may repeat (several inputs of one name), as a list of strings. */
export const list = z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(z.string()));

/**
 * A database id as a form posts it: a positive integer written the one way ("2", never "2.0", "02",
 * "2e0" or " 2"), so two spellings cannot name one row twice.
 */
const CANONICAL_ID = /^[1-9][0-9]{0,15}$/;
export const isId = (value: unknown): value is string => typeof value === 'string' && CANONICAL_ID.test(value) && Number.isSafeInteger(Number(value));

export function id(message: string) {
	return z.custom<string>(isId, message).transform(Number);
}

/** A select of ids with an empty choice: null when empty. */
export function optionalId(message: string) {
	return z.preprocess(
		missingAsEmpty,
		z.custom<string>((value) => value === '' || isId(value), message).transform((value) => (value === '' ? null : Number(value)))
	);
}

/** Checkboxes of ids (sessions to attend): each canonical, at most `max`, each once. */
export function ids(message: string, max: number) {
	return z.preprocess(
		(value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
		z
			.array(z.string(message), message)
			.max(max, message)
			.refine((values) => values.every(isId), message)
			.transform((values) => [...new Set(values.map(Number))])
	);
}

/** A choice from a fixed list (a select or radio buttons). */
export function choice<const T extends readonly [string, ...string[]]>(values: T, message: string) {
	return z.enum(values, message);
}

/** A box that must be ticked (consent, "yes, cancel"). */
export function ticked(message: string, value = 'on') {
	return z.literal(value, message);
}

/** A form that is only a button (cancel, delete, sign out): still read, so a body that is no form is refused. */
export const noFields = z.object({});
