import { editionOfPage } from '$lib/server/editions/editions';
import { listReleases } from '$lib/server/releases/release';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, locals }) => {
	const { event } = await editionOfPage(url, locals);
	const releases = await listReleases(event.id);
	return {
		timeZone: event.timeZone,
		// What was released and when; how the notices went is the organizers' business.
		releases: releases.map(({ id, version, note, releasedAt, changes }) => ({ id, version, note, releasedAt, changes }))
	};
};
