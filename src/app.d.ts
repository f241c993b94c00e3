// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Locals {
			user: import('$lib/server/auth').SessionValidationResult['user'];
			session: import('$lib/server/auth').SessionValidationResult['session'];
			/** The language of the request, from its URL (src/lib/server/i18n/request-locale.ts). */
			locale: import('$lib/paraglide/runtime').Locale;
			/** The request's path without its language prefix (/zh-hk/agenda: /agenda), read once per request. */
			unprefixedPath: string;
		}
	}
}

export {};
