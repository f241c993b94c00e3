// Field types only the organizer forms have, beside the shared ones in ../forms/fields.ts.
import { z } from 'zod';
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from './slugs';

/** A web address part typed by an organizer; empty means "make one from the name or title". */
export const optionalSlug = z
	.string('invalid')
	.trim()
	.toLowerCase()
	.max(SLUG_MAX_LENGTH, 'too-long')
	.refine((slug) => slug === '' || SLUG_PATTERN.test(slug), 'invalid')
	.default('');
