// A release's changes in words, one sentence each ("Moved: “Keynote”, from Mon 24 Jun 11:00–11:30 HKT to
// …"), for the public changelog, the organizers' release page and the notices. Times in the summit's zone,
// named. In the reader's language, or in the `locale` given where there is no request (mail).
import { m } from '$lib/paraglide/messages';
import { baseLocale, getLocale, type Locale } from '$lib/paraglide/runtime';
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

/** A piece of a sentence; `lang` is set on the organizers' words where they are not in the sentence's language. */
export type SentencePart = { text: string; lang?: string };

// Stands for the n-th organizer-typed name inside a message, so the sentence can be cut around it.
const NAME_MARK = '\uE000';

/**
 * The sentence in pieces: titles and room names are stored as the organizers typed them (in English) when
 * the release was made, so on a Chinese page they carry lang="en" and are read as English.
 */
export function changeSentenceParts(change: ScheduleChange, options: Options): SentencePart[] {
	const names: string[] = [];
	const mark = (name: string) => `${NAME_MARK}${names.push(name) - 1}${NAME_MARK}`;
	const namesLang = (options.locale ?? getLocale()) === baseLocale ? undefined : baseLocale;
	return sentence(change, options, mark)
		.split(NAME_MARK)
		.map((piece, i): SentencePart =>
			i % 2 === 1 ? { text: names[Number(piece)] ?? '', lang: namesLang } : { text: piece }
		)
		.filter((part) => part.text !== '');
}

export function changeSentence(change: ScheduleChange, options: Options): string {
	return sentence(change, options, (name) => name);
}

function sentence(change: ScheduleChange, options: Options, name: (typed: string) => string): string {
	const { locale } = options;
	const title = name(change.session.title);
	const when = changeWhen(change.session, options);
	switch (change.kind) {
		case 'added':
			return change.session.room
				? m.changes_added_room({ title, when, room: name(change.session.room) }, { locale })
				: m.changes_added({ title, when }, { locale });
		case 'removed':
			return m.changes_removed({ title, when }, { locale });
		case 'moved':
			return m.changes_moved(
				{ title, from: changeWhen(change.from, options), to: changeWhen(change.to, options) },
				{ locale }
			);
		case 're-roomed': {
			const room = (typed: string | null) => (typed === null ? m.changes_no_room({}, { locale }) : name(typed));
			return m.changes_re_roomed({ title, from: room(change.from), to: room(change.to) }, { locale });
		}
		case 'cancelled':
			return m.changes_cancelled({ title, when }, { locale });
		case 'reinstated':
			return m.changes_reinstated({ title, when }, { locale });
		case 'retitled':
			return m.changes_retitled({ from: name(change.from), to: name(change.to) }, { locale });
	}
}
