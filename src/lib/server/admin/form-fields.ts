// Field types only the organizer forms have, beside the shared ones in ../forms/fields.ts.
import { z } from 'zod';
import { choice, id, isId, text, ticked } from '../forms/fields';
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from './slugs';

/** A web address part typed by an organizer; empty means "make one from the name or title". */
export const optionalSlug = z
	.string('invalid')
	.trim()
	.toLowerCase()
	.max(SLUG_MAX_LENGTH, 'too-long')
	.refine((slug) => slug === '' || SLUG_PATTERN.test(slug), 'invalid')
	.default('');

export function isWebAddress(value: string): boolean {
	try {
		const url = new URL(value);
		return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
	} catch {
		return false;
	}
}

/** A website typed by an organizer: empty, or an http(s) address (never javascript: or a bare word). */
export const optionalWebAddress = text({ max: 500 }).refine((value) => value === '' || isWebAddress(value), 'invalid');

/** An up or down button of an ordered list (hidden fields: wrong only when the page is out of date). */
export const moveSchema = z.object({ id: id(), direction: choice(['up', 'down'], 'stale') });

/** A delete button with its "yes, delete" box. */
export const confirmDeleteSchema = z.object({ confirm: ticked() });

/** The [id] of an organizer page's address: a positive integer, or null (the page answers 404). */
export function pathId(param: string): number | null {
	return isId(param) ? Number(param) : null;
}
