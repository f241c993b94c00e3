// Form problems (codes, from src/lib/server/forms) in the reader's words. A page gives the words of its
// own fields: a label, for the sentences every form shares ("Full name must be 120 characters or fewer"),
// and a sentence for each code that is the field's own ("Enter your full name"). Rows of a repeated
// field ("speakerId.1") are numbered from 1 in their sentences: { n: 2 }.
import { m } from '$lib/paraglide/messages';
// Types only: erased before anything reaches the browser.
import type { FieldErrors, FieldProblem, FieldProblems } from '$lib/server/forms';

/** A problem as its sentence reads it: the figures, and the row's number (1 for a field that does not repeat). */
export type SaidProblem = FieldProblem & { n: number };
type Sentence = (problem: SaidProblem) => string;
/** A field's label and its own sentences, by problem code. Message functions fit as they are. */
export type FieldWords = { label?: Sentence } & { [code: string]: Sentence | undefined };
export type FormWords = Record<string, FieldWords>;

const SHARED: Record<string, (field: string, problem: SaidProblem) => string> = {
	'too-long': (field, { max = 0 }) => m.validation_too_long({ field, max }),
	'too-short': (field, { min = 0 }) => m.validation_password_too_short({ field, min }),
	'refused-characters': (field) => m.validation_invalid_characters({ field }),
	unreadable: (field) => m.validation_unreadable({ field }),
	email: () => m.validation_email(),
	stale: () => m.forms_stale(),
	'not-a-form': () => m.forms_not_a_form(),
	'form-too-large': () => m.forms_too_large(),
	'form-unreadable': () => m.forms_unreadable()
};

/** Every problem in words, for the page to show beside its field. */
export function fieldErrors(problems: FieldProblems, words: FormWords = {}): FieldErrors {
	return Object.fromEntries(
		Object.entries(problems).map(([field, problem]) => [field, fieldError(field, problem, words)])
	);
}

function fieldError(field: string, problem: FieldProblem, words: FormWords): string {
	const [name = field, row] = field.split('.');
	const said: SaidProblem = { ...problem, n: row === undefined ? 1 : Number(row) + 1 };
	const own = words[name];
	const sentence = own?.[problem.code];
	if (sentence) return sentence(said);
	const shared = SHARED[problem.code];
	// A code the page has no words for comes from a form no page of ours sends: out of date, or tampered with.
	return shared ? shared(own?.label?.(said) ?? name, said) : m.forms_stale();
}
