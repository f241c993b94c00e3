// The offline copy and the stars: registers the service worker (src/service-worker.ts), which keeps the agenda
// and the attendee's ticket on the device. Plain script, no framework: public pages stay tiny, and are
// complete without it.
(function () {
	if ('serviceWorker' in navigator) {
		addEventListener('load', function () {
			navigator.serviceWorker.register('/service-worker.js').catch(function () {
				// Private windows and some browsers refuse: the site works online all the same.
			});
		});
	}
})();
