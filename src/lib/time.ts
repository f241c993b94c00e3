// Formatting instants for people: the summit's own zone leads, the viewer's zone follows where it differs.
// Pure and shared by server and browser.
import { keptAnswersByParts } from './kept-answers';

export const SUMMIT_TIME_ZONE = 'Asia/Hong_Kong';

/** Short names people recognise, per script; Intl would say "GMT+8" for Hong Kong in English. */
const ZONE_LABELS: Record<string, { en: string; hant: string; hans: string }> = {
	'Asia/Hong_Kong': { en: 'HKT', hant: '香港時間', hans: '香港时间' }
};

/** Chinese dates read "2024年6月24日（星期一）": the weekday in full-width brackets after the date. */
function isChinese(locale: string): boolean {
	return locale.startsWith('zh');
}

export function zoneLabel(timeZone: string, locale = 'en-GB'): string {
	const labels = ZONE_LABELS[timeZone];
	if (!labels) return timeZone;
	if (!isChinese(locale)) return labels.en;
	return locale.startsWith('zh-Hans') ? labels.hans : labels.hant;
}

type Instant = Date | string | number;

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
	const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
	let found = formatters.get(key);
	if (!found) {
		found = new Intl.DateTimeFormat(locale, { ...options, timeZone });
		formatters.set(key, found);
	}
	return found;
}

/**
 * What was worked out so far for an instant, by zone, locale (`''` where the answer has none) and instant,
 * one store per kind of answer. Pages show the same few session times again and again: each agenda or /my
 * render reads every session's offset, ISO time and clock times, and Intl costs far more than a look-up.
 */
const clockTimes = keptAnswersByParts<string, string, number, string>();
const dates = keptAnswersByParts<string, string, number, string>();
const shortDates = keptAnswersByParts<string, string, number, string>();
const offsets = keptAnswersByParts<string, string, number, number>();
const isoTimes = keptAnswersByParts<string, string, number, string>();

/** Milliseconds since the epoch, without a copy of a Date. */
function millisecondsOf(instant: Instant): number {
	return instant instanceof Date ? instant.getTime() : new Date(instant).getTime();
}

/** 24-hour clock time, "09:30". */
export function formatTime(instant: Instant, timeZone: string, locale = 'en-GB'): string {
	const time = millisecondsOf(instant);
	return clockTimes(timeZone, locale, time, () =>
		formatter(locale, timeZone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(time)
	);
}

/** "09:30–10:00" */
export function formatTimeRange(start: Instant, end: Instant, timeZone: string, locale = 'en-GB'): string {
	return `${formatTime(start, timeZone, locale)}–${formatTime(end, timeZone, locale)}`;
}

/** "Monday 24 June 2024", "2024年6月24日（星期一）" */
export function formatDate(instant: Instant, timeZone: string, locale = 'en-GB'): string {
	const date = new Date(instant);
	return dates(timeZone, locale, date.getTime(), () =>
		isChinese(locale)
			? chineseDate(date, timeZone, locale, { year: 'numeric' }, 'long')
			: formatter(locale, timeZone, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })
					.format(date)
					.replace(',', '')
	);
}

/** "Mon 24 Jun", "6月24日（週一）" */
export function formatShortDate(instant: Instant, timeZone: string, locale = 'en-GB'): string {
	const date = new Date(instant);
	return shortDates(timeZone, locale, date.getTime(), () =>
		isChinese(locale)
			? chineseDate(date, timeZone, locale, {}, 'short')
			: formatter(locale, timeZone, { weekday: 'short', day: 'numeric', month: 'short' }).format(date).replace(',', '')
	);
}

function chineseDate(
	instant: Instant,
	timeZone: string,
	locale: string,
	year: Intl.DateTimeFormatOptions,
	weekday: 'long' | 'short'
): string {
	const date = new Date(instant);
	const day = formatter(locale, timeZone, { ...year, month: 'long', day: 'numeric' }).format(date);
	return `${day}（${formatter(locale, timeZone, { weekday }).format(date)}）`;
}

/** "2 Dec": a date within the year at hand, as short as it reads. */
export function formatDayMonth(instant: Instant, timeZone: string, locale = 'en-GB'): string {
	return formatter(locale, timeZone, { day: 'numeric', month: 'short' }).format(new Date(instant));
}

/** Calendar date in a zone as yyyy-mm-dd. */
export function dateKey(instant: Instant, timeZone: string): string {
	return formatter('en-CA', timeZone, { year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(instant));
}

/** Minutes east of UTC of a zone at an instant (480 for Hong Kong). Reading one takes Intl's formatToParts. */
export function zoneOffsetMinutes(instant: Instant, timeZone: string): number {
	const time = millisecondsOf(instant);
	return offsets(timeZone, '', time, () => readZoneOffset(new Date(time), timeZone));
}

function readZoneOffset(date: Date, timeZone: string): number {
	const parts = formatter('en-US', timeZone, {
		year: 'numeric',
		month: 'numeric',
		day: 'numeric',
		hour: 'numeric',
		minute: 'numeric',
		second: 'numeric',
		hourCycle: 'h23'
	}).formatToParts(date);
	const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
	const asUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
	return Math.round((asUtc - (date.getTime() - date.getMilliseconds())) / 60_000);
}

/** Whether two zones show different clock times at an instant. */
export function zonesDiffer(instant: Instant, zoneA: string, zoneB: string): boolean {
	return zoneOffsetMinutes(instant, zoneA) !== zoneOffsetMinutes(instant, zoneB);
}

/** ISO 8601 with the zone's offset, for <time datetime> and schema.org: "2024-06-24T09:30:00+08:00". */
export function isoInZone(instant: Instant, timeZone: string): string {
	const time = millisecondsOf(instant);
	return isoTimes(timeZone, '', time, () => {
		const offset = zoneOffsetMinutes(time, timeZone);
		const shifted = new Date(time + offset * 60_000);
		const sign = offset >= 0 ? '+' : '-';
		const abs = Math.abs(offset);
		const hh = String(Math.floor(abs / 60)).padStart(2, '0');
		const mm = String(abs % 60).padStart(2, '0');
		return `${shifted.toISOString().slice(0, 19)}${sign}${hh}:${mm}`;
	});
}

/** Minutes between two instants. */
export function durationMinutes(start: Instant, end: Instant): number {
	return Math.round((new Date(end).getTime() - new Date(start).getTime()) / 60_000);
}
