// The edition an organizer is working on. Today that is the current edition; /admin/editions will let an
// admin switch to a draft (next year's), and every organizer page and action asks here, never elsewhere.
import type { Cookies } from '@sveltejs/kit';
import { getCurrentEvent } from '../agenda/event';

export function organizerEdition(_request: { cookies: Cookies }) {
	return getCurrentEvent();
}
