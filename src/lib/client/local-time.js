// Progressive enhancement: beside each Hong Kong time, show the viewer's local time where it differs.
// Plain script, no framework, so public pages stay tiny; without it the Hong Kong time is complete.
// A page's first Intl object costs the most by far (ICU loads its locale data: 20-80 ms of main thread
// here, four times that on a phone as Lighthouse models it), so:
// - whether the clocks differ is arithmetic on data-start's offset: visitors in Hong Kong pay nothing;
// - where they differ, the inline script in app.html has reserved each line before the first paint
//   (app.css, .other-zone); this script puts a span in its place (one DOM write) and this same file,
//   started as a Web Worker, does the Intl formatting off the main thread, so nothing on the page moves;
// - without workers (or if the worker fails) the page formats the times itself.
(function () {
	/** @typedef {{ locale: string, label: string, times: [start: number, end: number, summitDay: number][] }} Request */

	if (typeof document === 'undefined') {
		// Inside the worker: same default time zone as the page that started it.
		const worker =
			/** @type {{ onmessage: ((event: MessageEvent<Request>) => void) | null, postMessage: (texts: string[]) => void }} */ (
				/** @type {unknown} */ (globalThis)
			);
		worker.onmessage = (event) => worker.postMessage(format(event.data));
		return;
	}

	const root = document.documentElement;
	const source = document.currentScript instanceof HTMLScriptElement ? document.currentScript.src : '';
	// A page SvelteKit hydrates (its inline script defines a __sveltekit_… global before this deferred one
	// runs) would find these spans inside its components, call that a mismatch and draw the page again,
	// closing whatever the reader had opened. There the root layout says when hydration is done, and again
	// after each navigation (the summit:hydrated event); elsewhere the times are added at once.
	if (Object.keys(window).some((key) => key.startsWith('__sveltekit_'))) {
		document.addEventListener('summit:hydrated', addLocalTimes);
		if (root.hasAttribute('data-hydrated')) addLocalTimes();
	} else addLocalTimes();

	/** Adds the viewer's time beside each range not yet done. */
	function addLocalTimes() {
		/** @type {Element[]} */
		const elements = [];
		/** Reserved by app.html's guess (the clocks differ at the summit's start) but the same here: freed below. */
		/** @type {Element[]} */
		const same = [];
		/** @type {Request['times']} */
		const times = [];
		for (const element of document.querySelectorAll('[data-local-time=""]')) {
			const startText = element.getAttribute('data-start') ?? '';
			const start = new Date(startText);
			const end = new Date(element.getAttribute('data-end') ?? '');
			// "2024-06-24T10:00:00+08:00": the summit's offset.
			const offset = /([+-])(\d\d):(\d\d)$/.exec(startText);
			if (!offset || Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) continue;
			const summitOffset = (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3]));
			// Same offset, same clock and day: nothing to add (every visitor in Hong Kong).
			if (-start.getTimezoneOffset() === summitOffset) {
				same.push(element);
				continue;
			}
			const summit = new Date(start.getTime() + summitOffset * 60_000);
			elements.push(element);
			times.push([
				start.getTime(),
				end.getTime(),
				dayNumber(summit.getUTCFullYear(), summit.getUTCMonth(), summit.getUTCDate())
			]);
		}
		if (root.classList.contains('other-zone'))
			for (const element of same) element.setAttribute('data-local-time', 'same');
		if (times.length === 0) return;

		/** @type {Request} */
		const request = {
			locale: root.getAttribute('data-locale') || root.lang || 'en',
			label: root.getAttribute('data-your-time') || 'your time',
			times
		};
		// The span takes the reserved line's place (the attribute ends the reservation in the same frame); a
		// no-break space holds the line's height until its text arrives.
		const spans = elements.map((element) => {
			const span = document.createElement('span');
			span.className = 'local-time';
			span.textContent = '\u00a0';
			element.appendChild(span);
			element.setAttribute('data-local-time', 'shown');
			return span;
		});
		const show = (/** @type {string[]} */ texts) =>
			texts.forEach((text, i) => spans[i] && (spans[i].textContent = text));
		const inPage = () => show(format(request));

		if (!source || typeof Worker !== 'function') return inPage();
		try {
			const worker = new Worker(source);
			worker.onmessage = (/** @type {MessageEvent<string[]>} */ event) => (show(event.data), worker.terminate());
			worker.onerror = () => (inPage(), worker.terminate());
			worker.postMessage(request);
		} catch {
			inPage();
		}
	}

	/** The viewer's own time for each range, in their own zone (the formatters' default); one formatter per format. */
	function format(/** @type {Request} */ { locale, label, times }) {
		const clock = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
		const zoneName = new Intl.DateTimeFormat(locale, { timeZoneName: 'short' });
		/** @type {Intl.DateTimeFormat | undefined} */
		let dayFormat;
		const day = (/** @type {Date} */ date) =>
			(dayFormat =
				dayFormat || new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short' })).format(
				date
			);
		return times.map(([startTime, endTime, summitDay]) => {
			const start = new Date(startTime);
			const sameDay = dayNumber(start.getFullYear(), start.getMonth(), start.getDate()) === summitDay;
			const name =
				zoneName.formatToParts(start).find((part) => part.type === 'timeZoneName')?.value ??
				zoneName.resolvedOptions().timeZone;
			return `${sameDay ? '' : `${day(start)}, `}${clock.format(start)}–${clock.format(new Date(endTime))} ${name} (${label})`;
		});
	}

	/** Days since 1970-01-01 of a calendar date, whichever zone it was read in. */
	function dayNumber(/** @type {number} */ year, /** @type {number} */ month, /** @type {number} */ date) {
		return Date.UTC(year, month, date) / 86_400_000;
	}
})();
