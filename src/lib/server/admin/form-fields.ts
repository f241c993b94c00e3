// Field types the organizer forms share, as zod schemas that read what a plain form posts.
import { z } from 'zod';
import { m } from '../../i18n';
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from './slugs';

const v = m.admin.validation;

/** A checkbox: present ("on") or absent. */
export const checkbox = z.preprocess((value) => value === 'on' || value === 'true', z.boolean());

/** A field that may repeat (several inputs of one name), as a list of strings. */
export const list = z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(z.string()));

/** A select of database ids with an empty choice. */
export const optionalId = z.preprocess((value) => (value === '' || value === undefined ? null : value), z.coerce.number().int().positive().nullable());

/** A web address part typed by an organizer; empty means "make one from the name or title". */
export const optionalSlug = z
	.string()
	.trim()
	.toLowerCase()
	.max(SLUG_MAX_LENGTH, v.tooLong(SLUG_MAX_LENGTH))
	.refine((slug) => slug === '' || SLUG_PATTERN.test(slug), v.slug)
	.default('');

/** Multi-line text (an abstract, a bio): line endings made plain, outer space trimmed. */
export const multilineText = (max: number) =>
	z
		.string()
		.max(max, v.tooLong(max))
		.transform((text) => text.replace(/\r\n?/g, '\n').trim())
		.default('');
