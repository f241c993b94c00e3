import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter(),
		// Every stylesheet a page needs travels inside its HTML: on a phone, each <link rel="stylesheet"> is another
		// round trip before anything paints (up to seven on the home page), for about 3 KB of compressed CSS.
		inlineStyleThreshold: 16_384,
		// Hashes, not nonces: a nonce differs per response, which would make the
		// in-memory page cache (see src/lib/server/cache) impossible.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
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
