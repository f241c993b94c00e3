// Progressive enhancement: beside each Hong Kong time, show the viewer's local time where it differs.
// Plain script, no framework, so public pages stay tiny; without it the Hong Kong time is complete.
(function () {
	const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
	if (!zone || zone === 'Asia/Hong_Kong') return;
	const root = document.documentElement;
	const label = root.getAttribute('data-your-time') || 'your time';
	const locale = root.getAttribute('data-locale') || root.lang || 'en';
	/** @param {string} timeZone */
	const clock = (timeZone) =>
		new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone });
	/** @param {string} timeZone */
	const day = (timeZone) =>
		new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone });
	const localClock = clock(zone);
	const localDay = day(zone);
	const summitClock = clock('Asia/Hong_Kong');
	const summitDay = day('Asia/Hong_Kong');
	const zoneName = new Intl.DateTimeFormat(locale, { timeZoneName: 'short', timeZone: zone });

	document.querySelectorAll('[data-local-time]').forEach((element) => {
		const start = new Date(element.getAttribute('data-start') ?? '');
		const end = new Date(element.getAttribute('data-end') ?? '');
		if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return;
		const sameDay = localDay.format(start) === summitDay.format(start);
		if (sameDay && localClock.format(start) === summitClock.format(start)) return;
		const name = zoneName.formatToParts(start).find((part) => part.type === 'timeZoneName')?.value ?? zone;
		const local = document.createElement('span');
		local.className = 'local-time';
		local.textContent = `${sameDay ? '' : `${localDay.format(start)}, `}${localClock.format(start)}–${localClock.format(end)} ${name} (${label})`;
		element.appendChild(local);
	});
})();
