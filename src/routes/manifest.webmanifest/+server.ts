// The web app manifest, in the request's language (/zh-hk/manifest.webmanifest): installed from a Chinese
// page, the app opens in that language, and its shortcuts lead to the reader's agenda and ticket.
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { localizeHref } from '$lib/i18n/href';
import { htmlLang } from '$lib/i18n/locale';
import type { RequestHandler } from './$types';

// The summit's colours (src/app.css): the deep teal of the header, the amber of its mark.
const DEEP = '#062f34';

export const GET: RequestHandler = () => {
	const manifest = {
		id: '/',
		// The summit has no Chinese name of its own: English in every language, as in the header.
		name: m.site_name(),
		short_name: m.site_short_name(),
		description: m.offline_manifest_description(),
		lang: htmlLang(getLocale()),
		start_url: localizeHref('/'),
		scope: '/',
		display: 'standalone',
		background_color: DEEP,
		theme_color: DEEP,
		icons: [
			{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
			{ src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
			{ src: '/icons/maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
			{ src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
			{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' }
		],
		shortcuts: [
			{ name: m.offline_shortcut_ticket(), url: localizeHref('/ticket') },
			{ name: m.my_agenda_title(), url: localizeHref('/my-agenda') },
			{ name: m.agenda_title(), url: localizeHref('/agenda') }
		]
	};
	return new Response(JSON.stringify(manifest), {
		headers: { 'content-type': 'application/manifest+json; charset=utf-8', 'cache-control': 'public, max-age=3600' }
	});
};
