// The offline copy and the stars. Registers the service worker (src/service-worker.ts), which keeps the agenda
// and the attendee's ticket on the device; turns each session's star link into a toggle kept in this
// browser (localStorage: no account, works offline); shows the stars on My agenda, with clashes and the
// calendar links; ticks the starred sessions on the registration form; and, on an attendee's /my page, makes
// the registration's sessions the stars of this device. Plain script, no framework: public pages stay tiny,
// and are complete without it.
(function () {
	var KEY = 'summit-starred-sessions';

	if ('serviceWorker' in navigator) {
		addEventListener('load', function () {
			navigator.serviceWorker.register('/service-worker.js').catch(function () {
				// Private windows and some browsers refuse: the site works online all the same.
			});
		});
	}

	/** @returns {number[]} */
	function readStars() {
		try {
			var stored = JSON.parse(localStorage.getItem(KEY) || '[]');
			return Array.isArray(stored) ? stored.filter(Number.isInteger) : [];
		} catch {
			return [];
		}
	}

	/** @param {number[]} ids */
	function writeStars(ids) {
		var unique = ids.filter(function (id, index) {
			return ids.indexOf(id) === index;
		});
		unique.sort(function (a, b) {
			return a - b;
		});
		try {
			localStorage.setItem(KEY, JSON.stringify(unique));
		} catch {
			// Storage full or refused: the star shows until the page is left.
		}
		return unique;
	}

	var stars = readStars();
	/** @type {NodeListOf<HTMLAnchorElement>} */
	var toggles = document.querySelectorAll('a[data-star]');

	function showStars() {
		toggles.forEach(function (toggle) {
			toggle.setAttribute('aria-pressed', String(stars.indexOf(Number(toggle.dataset.star)) !== -1));
		});
		showMyAgenda();
	}

	/** @param {number} id */
	function toggle(id) {
		var before = stars;
		stars = writeStars(stars.indexOf(id) === -1 ? stars.concat(id) : stars.filter((star) => star !== id));
		fromUrl = '';
		showStars();
		saveToRegistration(before);
	}

	// Registered on this device: the registration's sessions are the truth. Its /my page sets the stars;
	// a star set elsewhere changes the registration (the /my page's own form action), or is sent when the
	// device is next online; one the registration refuses (a full session) is taken back.
	var REGISTRATION = 'summit-registration';
	var PENDING = 'summit-starred-pending';

	/** @param {number[]} before */
	function saveToRegistration(before) {
		var link = localStorage.getItem(REGISTRATION);
		if (!link) return;
		var body = new URLSearchParams();
		stars.forEach(function (id) {
			body.append('sessionIds', String(id));
		});
		localStorage.setItem(PENDING, '1');
		fetch(link + '?/sessions', {
			method: 'POST',
			body: body,
			headers: { accept: 'application/json', 'x-sveltekit-action': 'true' }
		})
			.then(function (response) {
				return response.json();
			})
			.then(function (result) {
				localStorage.removeItem(PENDING);
				if (result && result.type === 'success') return;
				if (result && result.type === 'redirect') return;
				stars = writeStars(before);
				showStars();
			})
			.catch(function () {
				// Offline: the star stays, and goes to the registration when the device is online again.
			});
	}

	/** @type {HTMLElement | null} */
	var registration = document.querySelector('[data-registration-active]');
	if (registration) {
		// Kept on this device for the door, offline (src/service-worker.ts keeps only the asking page).
		if ('serviceWorker' in navigator)
			navigator.serviceWorker.ready.then(function (worker) {
				if (worker.active) worker.active.postMessage('keep');
			});
		if (registration.dataset.registrationActive === 'true') {
			localStorage.setItem(REGISTRATION, location.pathname);
			localStorage.removeItem(PENDING);
			var chosen = registration.dataset.registrationSessions || '';
			stars = writeStars(chosen ? chosen.split(',').map(Number) : []);
		} else if (localStorage.getItem(REGISTRATION) === location.pathname) {
			localStorage.removeItem(REGISTRATION);
		}
	} else if (localStorage.getItem(PENDING) && navigator.onLine) {
		saveToRegistration(stars);
	}

	/** @type {HTMLElement | null} */
	var preselect = document.querySelector('[data-star-preselect]');
	if (preselect && stars.length > 0) {
		/** @type {HTMLElement | null} */
		var note = document.getElementById('stars-preselected');
		preselect.querySelectorAll('input[name="sessionIds"]').forEach(function (input) {
			var box = /** @type {HTMLInputElement} */ (input);
			if (stars.indexOf(Number(box.value)) !== -1) {
				box.checked = true;
				if (note) note.hidden = false;
			}
		});
	}

	toggles.forEach(function (element) {
		element.setAttribute('role', 'button');
		element.addEventListener('click', function (event) {
			event.preventDefault();
			toggle(Number(element.dataset.star));
		});
		element.addEventListener('keydown', function (event) {
			// A button answers the space bar as well as Enter.
			if (event.key === ' ') {
				event.preventDefault();
				toggle(Number(element.dataset.star));
			}
		});
	});

	/** @type {HTMLElement | null} */
	var myAgenda = document.querySelector('[data-my-agenda]');
	var fromUrl = myAgenda ? new URLSearchParams(location.search).getAll('sessions').join(',') : '';

	/** My agenda: the stars (or the URL's list, when it came with one) in time order, clashes marked. */
	function showMyAgenda() {
		if (!myAgenda) return;
		var shown = fromUrl ? fromUrl.split(',').map(Number) : stars;
		var template = (myAgenda.dataset.clashTemplate || '').split('{title}');
		/** @type {HTMLElement[]} */
		var rows = Array.prototype.slice.call(myAgenda.querySelectorAll('[data-starred-row]'));
		var starred = rows.filter(function (row) {
			return shown.indexOf(Number(row.dataset.starredRow)) !== -1;
		});
		rows.forEach(function (row) {
			row.hidden = starred.indexOf(row) === -1;
			var start = Number(row.dataset.start);
			var end = Number(row.dataset.end);
			var clashes = starred.filter(function (other) {
				return other !== row && Number(other.dataset.start) < end && start < Number(other.dataset.end);
			});
			/** @type {HTMLElement | null} */
			var note = row.querySelector('[data-clash]');
			if (!note) return;
			note.hidden = clashes.length === 0;
			note.textContent = clashes
				.map(function (other) {
					return template.join(other.dataset.title || '');
				})
				.join(' ');
		});
		var agenda = /** @type {HTMLElement} */ (myAgenda);
		var ids = starred.map(function (row) {
			return row.dataset.starredRow;
		});
		var list = '?sessions=' + ids.join(',');
		/** @type {HTMLElement | null} */
		var empty = document.getElementById('starred-empty');
		/** @type {HTMLElement | null} */
		var calendar = document.getElementById('starred-calendar');
		if (empty) empty.hidden = ids.length > 0;
		/** @type {HTMLElement | null} */
		var followsRegistration = document.getElementById('starred-registration');
		if (followsRegistration) followsRegistration.hidden = !localStorage.getItem(REGISTRATION);
		if (calendar) calendar.hidden = ids.length === 0;
		agenda.querySelectorAll('a[data-starred-calendar]').forEach(function (link) {
			var kind = link.getAttribute('data-starred-calendar');
			var base = kind === 'webcal' ? agenda.dataset.calendarWebcal : agenda.dataset.calendarDownload;
			link.setAttribute('href', base + list);
		});
		agenda.querySelectorAll('input[name="sessions"]').forEach(function (input) {
			/** @type {HTMLInputElement} */ (input).checked =
				ids.indexOf(/** @type {HTMLInputElement} */ (input).value) !== -1;
		});
	}

	if (myAgenda) {
		/** @type {HTMLFormElement | null} */
		var chooser = myAgenda.querySelector('form');
		// With stars, the chooser's ticks are the stars: kept here, shown at once, no page load.
		if (chooser)
			chooser.addEventListener('submit', function (event) {
				event.preventDefault();
				var ticked = Array.prototype.map.call(
					/** @type {HTMLFormElement} */ (event.currentTarget).querySelectorAll('input[name="sessions"]:checked'),
					function (input) {
						return Number(input.value);
					}
				);
				stars = writeStars(/** @type {number[]} */ (ticked));
				fromUrl = '';
				history.replaceState(null, '', location.pathname);
				showStars();
			});
	}

	showStars();
})();
