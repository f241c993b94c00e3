// Progressive enhancement: beside each Hong Kong time, show the viewer's local time where it differs.
// Plain script (no framework) so public pages stay tiny; without it the Hong Kong time is complete.
(function () {
	var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
	if (!zone || zone === 'Asia/Hong_Kong') return;
	var label = document.documentElement.getAttribute('data-your-time') || 'your time';
	var lang = document.documentElement.getAttribute('data-locale') || document.documentElement.lang || 'en';
	var time = new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: zone });
	var day = new Intl.DateTimeFormat(lang, { weekday: 'short', day: 'numeric', month: 'short', timeZone: zone });
	var hkDay = new Intl.DateTimeFormat(lang, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'Asia/Hong_Kong' });
	var short = new Intl.DateTimeFormat(lang, { timeZoneName: 'short', timeZone: zone });
	function offsetDiffers(date) {
		var here = time.format(date) + day.format(date);
		var hk = new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Asia/Hong_Kong' }).format(date) + hkDay.format(date);
		return here !== hk;
	}
	document.querySelectorAll('[data-local-time]').forEach(function (element) {
		var start = new Date(element.getAttribute('data-start'));
		var end = new Date(element.getAttribute('data-end'));
		if (isNaN(start) || !offsetDiffers(start)) return;
		var zoneName = (short.formatToParts(start).find(function (p) { return p.type === 'timeZoneName'; }) || {}).value || zone;
		var sameDay = day.format(start) === hkDay.format(start);
		var text = (sameDay ? '' : day.format(start) + ', ') + time.format(start) + '–' + time.format(end) + ' ' + zoneName + ' (' + label + ')';
		var local = document.createElement('span');
		local.className = 'local-time';
		local.textContent = text;
		element.appendChild(local);
	});
})();
