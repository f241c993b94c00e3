// The list the service worker fills its offline copy from, in the request's language (/zh-hk/offline.json),
// with the content version those pages show: a new version means a new, complete copy.
import { json } from '@sveltejs/kit';
import { getCurrentEvent } from '$lib/server/agenda/event';
import { offlinePagePaths } from '$lib/server/offline/pages';
import { seenContentVersion } from '$lib/server/cache/renders';
import { localizeHref } from '$lib/i18n/href';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async () => {
	const paths = await offlinePagePaths(await getCurrentEvent());
	return json(
		{ contentVersion: seenContentVersion() ?? 0, pages: paths.map((path) => localizeHref(path)) },
		{ headers: { 'cache-control': 'no-cache' } }
	);
};
