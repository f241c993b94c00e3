import { describe, expect, it } from 'vitest';
import { db } from '../db';
import { attendee, createTestEvent } from '../testing/fixtures';
import { register } from '../registration/register';
import { cancelRegistration } from '../registration/cancel';
import { buildSitemap } from './sitemap';

const origin = 'https://summit.example.org';

describe('the sitemap', () => {
	it('lists the public pages with the time organizers last changed them', async () => {
		const event = await db.event.findUniqueOrThrow({ where: { slug: 'biocomputing-summit-2024' } });
		const xml = await buildSitemap(event, origin);
		expect(xml).toContain(`<url><loc>${origin}/agenda/hkic-biomap-signing-ceremony</loc><lastmod>`);
		expect(xml).toContain(`<url><loc>${origin}/speakers/clara-chan</loc><lastmod>`);
		expect(xml).toContain(`<url><loc>${origin}/agenda/changes</loc><xhtml:link`);
		expect(xml).not.toContain('/agenda/networking-lunch<');
	});

	it('lists every page in each language, each naming the others and English as the default', async () => {
		const event = await db.event.findUniqueOrThrow({ where: { slug: 'biocomputing-summit-2024' } });
		const xml = await buildSitemap(event, origin);
		const alternates =
			`<xhtml:link rel="alternate" hreflang="en" href="${origin}/speakers"/>` +
			`<xhtml:link rel="alternate" hreflang="zh-Hant-HK" href="${origin}/zh-hk/speakers"/>` +
			`<xhtml:link rel="alternate" hreflang="zh-Hans" href="${origin}/zh-cn/speakers"/>` +
			`<xhtml:link rel="alternate" hreflang="x-default" href="${origin}/speakers"/>`;
		for (const path of ['/speakers', '/zh-hk/speakers', '/zh-cn/speakers'])
			expect(xml).toContain(`<url><loc>${origin}${path}</loc>${alternates}</url>`);
		expect(xml).toContain(`<url><loc>${origin}/zh-cn</loc><lastmod>`);
	});

	it('does not tell when someone last registered', async () => {
		const { event, sessionIds } = await createTestEvent({ capacity: 10, sessionCapacities: [5] });
		const sitemap = async () => buildSitemap(await db.event.findUniqueOrThrow({ where: { id: event.id } }), origin);
		const before = await sitemap();
		expect(before).toContain(`${origin}/agenda/session-0</loc><lastmod>`);

		const registered = await register(event.id, attendee(`sitemap-${event.id}`, { sessionIds }));
		expect(registered.outcome).toBe('registered');
		expect(await sitemap()).toBe(before);
		await cancelRegistration((await db.registration.findFirstOrThrow({ where: { eventId: event.id } })).id);
		expect(await sitemap()).toBe(before);
	});
});
