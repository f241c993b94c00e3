// Runs on the server and in the browser: a URL with a language prefix (/zh-hk/agenda, once that locale
// exists) renders the same route as the English one (/agenda).
import type { Reroute } from '@sveltejs/kit';
import { deLocalizeUrl } from '$lib/paraglide/runtime';

export const reroute: Reroute = (request) => deLocalizeUrl(request.url).pathname;
