import { describe, expect, it } from 'vitest';
import { m } from '$lib/paraglide/messages';
import { fieldErrors } from './form-errors';

describe('form problems in words', () => {
	const words = {
		title: { label: m.admin_sessions_title_field, required: m.admin_sessions_title_required },
		speakerId: { duplicate: m.admin_sessions_duplicate_speaker }
	};

	it('says a field’s own sentence first, then the shared one with its label, numbering rows from 1', () => {
		expect(
			fieldErrors(
				{
					title: { code: 'too-long', max: 200 },
					'speakerId.2': { code: 'duplicate' },
					abstract: { code: 'refused-characters' },
					form: { code: 'form-too-large' }
				},
				words
			)
		).toEqual({
			title: 'Title must be 200 characters or fewer',
			'speakerId.2': 'Speaker 3 is already listed above',
			// No label given: the field's name stands in rather than nothing.
			abstract:
				'abstract contains characters we cannot accept, such as control characters. Type it again rather than pasting it',
			form: 'This form is larger than we accept. Shorten your answers and send it again.'
		});
		expect(fieldErrors({ title: { code: 'required' } }, words)).toEqual({ title: 'Enter the title' });
	});

	it('treats a code the page has no words for as a page out of date', () => {
		expect(fieldErrors({ title: { code: 'Invalid input' }, userId: { code: 'stale' } }, words)).toEqual({
			title: 'This page is out of date. Reload it and try again.',
			userId: 'This page is out of date. Reload it and try again.'
		});
	});
});
