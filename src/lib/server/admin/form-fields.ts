// Field types only the organizer forms have, beside the shared ones in ../forms/fields.ts.
import { z } from 'zod';
import { m } from '../../i18n';
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from './slugs';

const v = m.admin.validation;

/** A web address part typed by an organizer; empty means "make one from the name or title". */
export const optionalSlug = z
	.string(v.slug)
	.trim()
	.toLowerCase()
	.max(SLUG_MAX_LENGTH, m.validation.tooLong(m.admin.speakers.slug, SLUG_MAX_LENGTH))
	.refine((slug) => slug === '' || SLUG_PATTERN.test(slug), v.slug)
	.default('');
