// A clash the sessions domain found (src/lib/server/admin/sessions.ts), in the organizer's words.
import { m } from '$lib/paraglide/messages';
import { intlLocale } from '$lib/i18n/locale';
import { formatTimeRange, zoneLabel } from '$lib/time';
// Types only: erased before anything reaches the browser.
import type { SessionWarning } from '$lib/server/admin/sessions';

export function warningText(warning: SessionWarning, timeZone: string): string {
	const { title, startsAt, endsAt } = warning.other;
	const time = `${formatTimeRange(startsAt, endsAt, timeZone, intlLocale())} ${zoneLabel(timeZone, intlLocale())}`;
	return warning.clash === 'room'
		? m.admin_sessions_room_clash({ room: warning.room, title, time })
		: m.admin_sessions_speaker_clash({ speaker: warning.speaker, title, time });
}
