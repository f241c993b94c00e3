// Runs on the server and in the browser: a URL with a language prefix (/zh-hk/agenda, once that locale
// exists) renders the same route as the English one (/agenda), and so does one under an edition's year
// (/2024/agenda, /zh-hk/2024/agenda): the page reads which edition from the URL (editionOfPage()).
import type { Reroute } from '@sveltejs/kit';
import { unprefixedPath } from '$lib/i18n/href';
import { splitEditionPath } from '$lib/edition-path';

export const reroute: Reroute = (request) => splitEditionPath(unprefixedPath(request.url.pathname)).path;
