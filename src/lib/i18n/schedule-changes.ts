// A release's changes in words, one sentence each ("Moved: “Keynote”, from Mon 24 Jun 11:00–11:30 HKT to
// …"), for the public changelog, the organizers' release page and the notices. Times in the summit's zone,
// named. In the reader's language, or in the `locale` given where there is no request (mail).
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { intlLocale } from './locale';
import { formatShortDate, formatTimeRange, zoneLabel } from '$lib/time';
// Types only: erased before anything reaches the browser.
import type { ScheduleChange } from '$lib/server/releases/diff';

type Options = { timeZone: string; locale?: Locale };

/** "Mon 24 Jun 11:00–11:30 HKT" */
export function changeWhen(span: { startsAt: string; endsAt: string }, { timeZone, locale }: Options): string {
	const intl = intlLocale(locale);
	return m.changes_when(
		{
			date: formatShortDate(span.startsAt, timeZone, intl),
			range: formatTimeRange(span.startsAt, span.endsAt, timeZone, intl),
			zone: zoneLabel(timeZone, intl)
		},
		{ locale }
	);
}

export function changeSentence(change: ScheduleChange, options: Options): string {
	const { locale } = options;
	const { title } = change.session;
	const when = changeWhen(change.session, options);
	switch (change.kind) {
		case 'added':
			return change.session.room
				? m.changes_added_room({ title, when, room: change.session.room }, { locale })
				: m.changes_added({ title, when }, { locale });
		case 'removed':
			return m.changes_removed({ title, when }, { locale });
		case 'moved':
			return m.changes_moved(
				{ title, from: changeWhen(change.from, options), to: changeWhen(change.to, options) },
				{ locale }
			);
		case 're-roomed': {
			const room = (name: string | null) => name ?? m.changes_no_room({}, { locale });
			return m.changes_re_roomed({ title, from: room(change.from), to: room(change.to) }, { locale });
		}
		case 'cancelled':
			return m.changes_cancelled({ title, when }, { locale });
		case 'reinstated':
			return m.changes_reinstated({ title, when }, { locale });
		case 'retitled':
			return m.changes_retitled({ from: change.from, to: change.to }, { locale });
	}
}
