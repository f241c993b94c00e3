// Progressive enhancement: beside each Hong Kong time, show the viewer's local time where it differs.
// Plain script, no framework, so public pages stay tiny; without it the Hong Kong time is complete.
// The first Intl call in a page costs far more than all the rest (ICU loads its locale data): whether the
// clocks differ is arithmetic on data-start's offset, so Intl runs only when a time must be shown; each
// formatter is made once; one pass reads the DOM, the next writes it; no layout is read.
(function () {
	/** @type {{ element: Element, start: Date, end: Date, summitDay: number }[]} */
	const shown = [];
	for (const element of document.querySelectorAll('[data-local-time]')) {
		const startText = element.getAttribute('data-start') ?? '';
		const start = new Date(startText);
		const end = new Date(element.getAttribute('data-end') ?? '');
		// "2024-06-24T10:00:00+08:00": the summit's offset.
		const offset = /([+-])(\d\d):(\d\d)$/.exec(startText);
		if (!offset || Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) continue;
		const summitOffset = (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3]));
		// Same offset, same clock and day: nothing to add (every visitor in Hong Kong).
		if (-start.getTimezoneOffset() === summitOffset) continue;
		const summit = new Date(start.getTime() + summitOffset * 60_000);
		shown.push({ element, start, end, summitDay: dayNumber(summit.getUTCFullYear(), summit.getUTCMonth(), summit.getUTCDate()) });
	}
	if (shown.length === 0) return;

	const root = document.documentElement;
	const label = root.getAttribute('data-your-time') || 'your time';
	const locale = root.getAttribute('data-locale') || root.lang || 'en';
	// The viewer's own zone is the formatters' default.
	const clock = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
	const zoneName = new Intl.DateTimeFormat(locale, { timeZoneName: 'short' });
	/** @type {Intl.DateTimeFormat | undefined} */
	let dayFormat;
	const day = (/** @type {Date} */ date) =>
		(dayFormat = dayFormat || new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short' })).format(date);

	const writes = shown.map(({ element, start, end, summitDay }) => {
		const sameDay = dayNumber(start.getFullYear(), start.getMonth(), start.getDate()) === summitDay;
		const name = zoneName.formatToParts(start).find((part) => part.type === 'timeZoneName')?.value ?? zoneName.resolvedOptions().timeZone;
		const span = document.createElement('span');
		span.className = 'local-time';
		span.textContent = `${sameDay ? '' : `${day(start)}, `}${clock.format(start)}–${clock.format(end)} ${name} (${label})`;
		return () => element.appendChild(span);
	});
	for (const write of writes) write();

	/** Days since 1970-01-01 of a calendar date, whichever zone it was read in. */
	function dayNumber(/** @type {number} */ year, /** @type {number} */ month, /** @type {number} */ date) {
		return Date.UTC(year, month, date) / 86_400_000;
	}
})();
