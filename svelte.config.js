import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

// src/app.html's one inline script must run before the first paint, so it cannot be a file; the CSP allows
// exactly its text by hash, taken from the template itself so the two never drift apart.
const inlineScript = /<script>([\s\S]*?)<\/script>/.exec(
	readFileSync(new URL('./src/app.html', import.meta.url), 'utf8')
)?.[1];
if (inlineScript === undefined) throw new Error('src/app.html: its inline script is missing');
/** @type {`sha256-${string}`} */
const inlineScriptHash = `sha256-${createHash('sha256').update(inlineScript).digest('base64')}`;

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter(),
		// Public pages ship no framework script, which is where SvelteKit would register the service worker:
		// src/lib/client/offline.js registers it on every page.
		serviceWorker: { register: false },
		// Every stylesheet a page needs travels inside its HTML: on a phone, each <link rel="stylesheet"> is another
		// round trip before anything paints (up to seven on the home page), for about 3 KB of compressed CSS.
		inlineStyleThreshold: 16_384,
		// Hashes, not nonces: a nonce differs per response, which would make the
		// in-memory page cache (see src/lib/server/cache) impossible.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', inlineScriptHash],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none'],
				'base-uri': ['self'],
				'object-src': ['none']
			}
		}
	}
};

export default config;
