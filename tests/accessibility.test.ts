import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { inLanguage, LANGUAGE_PREFIXES } from './language-prefixes';

const pages = [
	{ name: 'home', path: '/' },
	{ name: 'agenda', path: '/agenda' },
	{ name: 'filtered agenda', path: '/agenda?track=human-health&q=keynote' },
	{ name: 'session', path: '/agenda/hkic-biomap-signing-ceremony' },
	{ name: 'programme changes', path: '/agenda/changes' },
	{ name: 'speakers', path: '/speakers' },
	{ name: 'speaker', path: '/speakers/paul-chan-mo-po' },
	{ name: 'placeholder speaker', path: '/speakers/sanofi-representative' },
	{ name: 'registration', path: '/register' },
	{ name: 'check your email', path: '/register/check-email' },
	{ name: 'registration erased', path: '/my/erased' },
	{ name: 'privacy', path: '/privacy' },
	{ name: 'ticket', path: '/ticket' },
	{ name: 'my agenda', path: '/my-agenda' },
	{ name: 'my agenda with sessions', path: '/my-agenda?sessions=3,10' },
	{ name: 'not found', path: '/nothing-here' }
];
for (const { name, path } of pages)
	for (const prefix of LANGUAGE_PREFIXES) {
		test(`axe finds no violations on the ${name} page${prefix ? ` in ${prefix.slice(1)}` : ''}`, async ({ page }) => {
			await page.goto(inLanguage(prefix, path));
			const results = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
				.analyze();
			expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
				[]
			);
		});
	}

test('the agenda is usable on a phone: no horizontal scrolling', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	for (const path of ['/', '/agenda', '/agenda/hkic-biomap-signing-ceremony', '/speakers', '/speakers/clara-chan']) {
		await page.goto(path);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow, path).toBeLessThanOrEqual(0);
	}
});
