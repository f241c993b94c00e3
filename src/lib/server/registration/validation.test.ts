import { describe, expect, it } from 'vitest';
import { fieldErrors } from '$lib/i18n/form-errors';
import { registrationWords } from '$lib/i18n/form-words';
import { parseWith } from '../forms';
import { normaliseEmail } from '../forms/text';
import { registrationSchema } from './validation';

const valid = {
	fullName: '  Ada   Lovelace ',
	email: '  Ada@Example.COM ',
	organisation: 'Analytical Engines',
	jobTitle: 'Engineer',
	category: 'academia',
	country: 'GB',
	sessionIds: ['3', '9', '9'],
	needs: 'Wheelchair access\r\nVegetarian',
	consent: 'on'
};

/** The schema's answer, its problems worded as the registration pages word them. */
function validate(fields: Record<string, string | string[]>) {
	const result = parseWith(registrationSchema, fields);
	return result.ok ? result : { ok: false as const, errors: fieldErrors(result.problems, registrationWords) };
}

describe('registration form validation', () => {
	it('accepts a complete form and normalises what people type', () => {
		const result = validate(valid);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.data).toMatchObject({
			fullName: 'Ada Lovelace',
			email: 'Ada@Example.COM',
			sessionIds: [3, 9],
			needs: 'Wheelchair access\nVegetarian',
			newsOptIn: false
		});
		expect(normaliseEmail(result.data.email)).toBe('ada@example.com');
	});

	it('answers with problem codes, never words', () => {
		const result = parseWith(registrationSchema, {
			...valid,
			fullName: '',
			email: 'ada@',
			needs: 'x'.repeat(1001),
			sessionIds: ['x']
		});
		expect(result.ok ? {} : result.problems).toEqual({
			fullName: { code: 'required' },
			email: { code: 'email' },
			needs: { code: 'too-long', max: 1000 },
			sessionIds: { code: 'invalid' }
		});
	});

	it('names the field in every message for a missing answer, as GOV.UK does', () => {
		const result = validate({});
		expect(result.ok ? {} : result.errors).toEqual({
			fullName: 'Enter your full name',
			email: 'Enter your email address',
			organisation: 'Enter your organisation',
			jobTitle: 'Enter your job title',
			category: 'Select how you attend',
			country: 'Select your country or region',
			consent: 'Agree to the privacy notice to register'
		});
	});

	it('refuses a malformed email, an unknown country and an unknown category', () => {
		const result = validate({ ...valid, email: 'ada@', country: 'XX', category: 'royalty' });
		expect(result.ok ? {} : result.errors).toEqual({
			email: 'Enter an email address in the correct format, like name@example.com',
			country: 'Select your country or region',
			category: 'Select how you attend'
		});
	});

	it('accepts an email typed with a full-width input method', () => {
		const result = validate({ ...valid, email: 'ａｄａ＠ｅｘａｍｐｌｅ．ｃｏｍ' });
		expect(result.ok && result.data.email).toBe('ada@example.com');
	});

	it('refuses session ids that are not written as plain positive integers', () => {
		for (const sessionIds of [
			['3', 'abc'],
			['-1'],
			['0'],
			['2.0'],
			['02'],
			['2e0'],
			[' 2'],
			['0x2'],
			['99999999999999999'],
			Array.from({ length: 60 }, (_, i) => String(i + 1))
		]) {
			const result = validate({ ...valid, sessionIds });
			expect(result.ok ? null : result.errors.sessionIds, String(sessionIds)).toBe('Select sessions from the list');
		}
	});

	it('takes a session chosen twice once', () => {
		const result = validate({ ...valid, sessionIds: ['2', '2', '7'] });
		expect(result.ok && result.data.sessionIds).toEqual([2, 7]);
	});

	it('refuses control characters, bidirectional overrides and undecodable bytes, naming the field', () => {
		const refused = (fields: Record<string, string>) => {
			const result = validate({ ...valid, ...fields });
			return result.ok ? null : result.errors;
		};
		expect(refused({ fullName: 'Ada\u0000Lovelace' })).toEqual({
			fullName:
				'Full name contains characters we cannot accept, such as control characters. Type it again rather than pasting it'
		});
		expect(Object.keys(refused({ organisation: 'Evil\u202Egnp.exe' }) ?? {})).toEqual(['organisation']);
		expect(Object.keys(refused({ jobTitle: 'Caf\uFFFD' }) ?? {})).toEqual(['jobTitle']);
		expect(refused({ needs: 'x'.repeat(1001) })).toEqual({
			needs: 'Accessibility or dietary needs must be 1000 characters or fewer'
		});
		expect(refused({ fullName: 'y'.repeat(121) })).toEqual({ fullName: 'Full name must be 120 characters or fewer' });
	});

	it('removes zero-width characters, so a name made of them is no name', () => {
		const result = validate({ ...valid, fullName: '\u200BAda\u200B Love\u2060lace\uFEFF' });
		expect(result.ok && result.data.fullName).toBe('Ada Lovelace');
		const blank = validate({ ...valid, fullName: '\u200B\u200B\u3164' });
		expect(blank.ok ? null : blank.errors.fullName).toBe('Enter your full name');
	});

	it('keeps markup as inert text and accepts any script', () => {
		const result = validate({ ...valid, fullName: '<script>alert(1)</script>', organisation: '香港科技園公司' });
		expect(result.ok && result.data.fullName).toBe('<script>alert(1)</script>');
		expect(result.ok && result.data.organisation).toBe('香港科技園公司');
	});
});
