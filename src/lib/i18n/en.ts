// Every user-facing string of the interface, in English. A zh-HK dictionary will satisfy the same
// Messages type; content (titles, abstracts, bios) lives in the database, not here.

export const en = {
	locale: 'en-GB',
	htmlLang: 'en',
	site: {
		name: 'International Bio-Computing Innovation Summit',
		shortName: 'Bio-Computing Summit',
		skipToContent: 'Skip to content',
		nav: { label: 'Main', home: 'Home', agenda: 'Agenda', speakers: 'Speakers', register: 'Register' },
		footer: {
			hostedBy: 'Hosted by',
			sourceNote: 'Facts on this site come from the HKIC x BioMap press release of 24 June 2024 and from the organizers.',
			sitemap: 'Sitemap'
		}
	},
	time: {
		zoneNote: (zone: string) => `All times are Hong Kong time (${zone}).`,
		yourTime: 'your time',
		minutes: (n: number) => `${n} min`
	},
	kinds: {
		ceremony: 'Ceremony',
		remarks: 'Remarks',
		keynote: 'Keynote',
		'fireside-chat': 'Fireside chat',
		panel: 'Panel',
		break: 'Break',
		networking: 'Networking'
	} as Record<string, string>,
	roles: {
		speaker: 'Speaker',
		moderator: 'Moderator',
		signatory: 'Signatory',
		witness: 'Witness',
		host: 'Host'
	} as Record<string, string>,
	organisationRoles: {
		host: 'Host',
		organiser: 'Organiser',
		'strategic-partner': 'Strategic partner',
		'ecosystem-partner': 'Ecosystem partners',
		'speaker-organisation': 'Speakers from'
	} as Record<string, string>,
	status: { cancelled: 'Cancelled', now: 'On now', next: 'Up next' },
	sample: {
		title: 'Sample programme',
		body: 'Times, rooms and the venue shown here are sample data until the organizers confirm them.'
	},
	calendar: {
		addToCalendar: 'Add to calendar',
		icsFile: 'Calendar file (.ics)',
		googleCalendar: 'Google Calendar',
		outlookCom: 'Outlook.com',
		feedsTitle: 'Agenda in your calendar',
		feedsIntro: 'Subscribe and your calendar follows every change to the programme.',
		wholeSummit: 'Whole summit',
		track: (name: string) => `Track: ${name}`,
		subscribe: 'Subscribe',
		download: 'Download (.ics)',
		// Inside calendar files and the texts handed to Google and Outlook.
		summitCalendarName: (eventName: string) => eventName,
		trackCalendarName: (eventName: string, trackName: string) => `${eventName}: ${trackName}`,
		personalCalendarName: (eventName: string) => `${eventName}: my sessions`,
		personalCalendarDescription: 'The sessions you chose. It follows changes to the programme and to your seats.',
		cancelledPrefix: 'Cancelled: ',
		waitlistSuffix: ' (waitlist)',
		waitlistNote: 'You are on the waitlist for this session.',
		cancelledNote: 'This session has been cancelled.',
		when: (date: string, range: string, zone: string) => `${date}, ${range} Hong Kong time (${zone})`,
		speakers: 'Speakers:',
		moreAt: (url: string) => `Details: ${url}`
	},
	home: {
		metaDescription: (date: string) =>
			`The inaugural International Bio-Computing Innovation Summit, hosted by BioMap in Hong Kong on ${date}: the HKIC x BioMap strategic partnership, BioMap InnoHub and the BioX accelerator.`,
		eyebrow: 'Inaugural summit',
		hostedBy: (host: string) => `Hosted by ${host}`,
		ctaRegister: 'Register to attend',
		ctaAgenda: 'See the agenda',
		whyTitle: 'Why it matters',
		voicesTitle: 'In their words',
		speakersTitle: 'Featured speakers',
		allSpeakers: 'All speakers',
		partnersTitle: 'Partners',
		aboutTitle: 'About the summit',
		registerTitle: 'Join us in Hong Kong',
		registerBody: 'Register, choose the sessions you plan to attend and add them to your calendar.'
	},
	agenda: {
		title: 'Agenda',
		metaDescription: (name: string) => `The programme of the ${name}: keynotes, fireside chats and ceremonies, in Hong Kong time.`,
		filtersLabel: 'Filter and search',
		active: 'active',
		track: 'Track',
		kind: 'Type',
		speaker: 'Speaker',
		search: 'Search',
		searchPlaceholder: 'Title, speaker, organisation…',
		any: 'All',
		apply: 'Apply filters',
		clear: 'Clear filters',
		results: (shown: number, total: number) =>
			shown === total ? `${total} sessions` : `${shown} of ${total} sessions match`,
		noResults: 'No session matches these filters.',
		programmeHeading: 'Sessions',
		room: 'Room',
		with: 'With',
		details: 'Details'
	},
	session: {
		back: 'Back to the agenda',
		speakers: 'Speakers',
		when: 'When',
		where: 'Where',
		track: 'Track',
		previous: 'Previous session',
		next: 'Next session',
		cancelledNotice: 'This session has been cancelled.'
	},
	speakers: {
		title: 'Speakers',
		metaDescription: (name: string) => `Speakers and signatories of the ${name} in Hong Kong.`,
		intro: 'Leaders from government, investment, pharmaceuticals, green technology and academia.',
		placeholder: 'Name to be announced',
		sessions: 'Sessions',
		links: 'Links',
		quote: 'Quote',
		back: 'All speakers',
		noSessions: 'No sessions yet.'
	},
	notFound: {
		title: 'Page not found',
		body: 'We could not find that page. It may have moved when the programme changed.',
		tryThese: 'These may help:',
		error: 'Something went wrong',
		errorBody: 'Please try again in a moment.'
	}
};

export type Messages = typeof en;
