import { describe, expect, it } from 'vitest';
import { normaliseEmail, readRegistrationForm, validateRegistration } from './validation';

const sessions = [3, 6, 9];

function form(fields: Record<string, string | string[]>): FormData {
	const data = new FormData();
	for (const [name, value] of Object.entries(fields)) {
		for (const item of Array.isArray(value) ? value : [value]) data.append(name, item);
	}
	return data;
}

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

const validate = (fields: Record<string, string | string[]>) => validateRegistration(readRegistrationForm(form(fields)).raw, sessions);

describe('registration form validation', () => {
	it('accepts a complete form and normalises what people type', () => {
		const result = validate(valid);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.input).toMatchObject({
			fullName: 'Ada Lovelace',
			email: 'Ada@Example.COM',
			sessionIds: [3, 9],
			needs: 'Wheelchair access\nVegetarian',
			newsOptIn: false
		});
		expect(normaliseEmail(result.input.email)).toBe('ada@example.com');
	});

	it('names every missing field', () => {
		const result = validate({});
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(Object.keys(result.errors).sort()).toEqual(['category', 'consent', 'country', 'email', 'fullName', 'jobTitle', 'organisation']);
		expect(result.errors.consent).toBe('Please agree to the privacy notice to register.');
	});

	it('refuses a malformed email, an unknown country and an unknown category', () => {
		const result = validate({ ...valid, email: 'ada@', country: 'XX', category: 'royalty' });
		expect(result.ok ? {} : result.errors).toEqual({
			email: 'Please enter an email address such as name@example.com.',
			country: 'Please choose a country or region from the list.',
			category: 'Please choose one of the options.'
		});
	});

	it('refuses tampered session ids', () => {
		for (const sessionIds of [['4'], ['3', 'abc'], ['-1'], Array.from({ length: 60 }, (_, i) => String(i))]) {
			const result = validate({ ...valid, sessionIds });
			expect(result.ok ? null : result.errors.sessionIds).toBe('Please choose sessions from the list.');
		}
	});

	it('refuses control characters and bidirectional overrides, and very long text', () => {
		expect(validate({ ...valid, fullName: 'Ada\u0000Lovelace' }).ok).toBe(false);
		expect(validate({ ...valid, organisation: 'Evil\u202Egnp.exe' }).ok).toBe(false);
		const long = validate({ ...valid, needs: 'x'.repeat(1001) });
		expect(long.ok ? null : long.errors.needs).toBe('Please keep this under 1000 characters.');
	});

	it('keeps markup as inert text and accepts any script', () => {
		const result = validate({ ...valid, fullName: '<script>alert(1)</script>', organisation: '香港科技園公司' });
		expect(result.ok && result.input.fullName).toBe('<script>alert(1)</script>');
		expect(result.ok && result.input.organisation).toBe('香港科技園公司');
	});

	it('echoes back at most twice the field limit, and never the honeypot', () => {
		const read = readRegistrationForm(form({ ...valid, fullName: 'y'.repeat(1_000_000), website: 'spam' }));
		expect(read.values.fullName).toHaveLength(240);
		expect(read.honeypot).toBe('spam');
		expect(Object.keys(read.values)).not.toContain('website');
	});
});
