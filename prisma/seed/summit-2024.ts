// The inaugural summit as the press release describes it (shared/content/press-release.txt).
// Every name, title, figure and quote below is taken from that text. What the text does not give
// (times, rooms, venue, which representative spoke when) is SAMPLE DATA, marked as such, for
// organizers to replace; the event's isSampleProgramme flag makes the site say so.

/** An instant on the summit day, written in Hong Kong time (UTC+8, no daylight saving). */
const hkt = (clock: string) => new Date(`2024-06-24T${clock}:00+08:00`);

export const event = {
	slug: 'biocomputing-summit-2024',
	name: 'International Bio-Computing Innovation Summit',
	tagline: 'Accelerate the development of bio-computing to seize the ‘first mover advantage’',
	description:
		'The inaugural International Bio-Computing Innovation Summit, hosted by BioMap in Hong Kong on the day HKIC and BioMap signed their strategic partnership agreement. The summit convenes representatives from BioMap’s clients and ecosystem partners, including senior executives from multinational pharmaceutical companies Sanofi and Lilly China, green technology companies LanzaTech and Syngenta, and an academic expert from Rutgers University, USA, to deliver keynote speeches and take part in fireside chats on accelerating new drug development to improve human health and advancing green technology innovation for global sustainable development.',
	timeZone: 'Asia/Hong_Kong',
	startsAt: hkt('09:00'), // SAMPLE: the source gives the date only
	endsAt: hkt('16:30'), // SAMPLE
	venueName: 'Venue to be announced', // SAMPLE: the source says Hong Kong only
	venueAddress: 'Hong Kong',
	isSampleProgramme: true,
	// SAMPLE: organizers set the window and the capacity. The window has no end, so every flow can be
	// tried on the seeded site today.
	registrationOpensAt: new Date('2024-05-01T00:00:00+08:00'),
	registrationClosesAt: null,
	capacity: 300
};

type OrganisationSeed = { slug: string; name: string; shortName: string; description?: string };

export const organisations: OrganisationSeed[] = [
	{
		slug: 'biomap',
		name: 'BioMap',
		shortName: 'BioMap',
		description:
			'Founded in 2020, BioMap is the pioneer in Large Biology Language Models. With the world’s largest 100Bn+ parameters biology foundation model “xTrimo”, it enables partners to build their own AI models with limited data and leverage its AI-Generated Protein (AIGP) Platform to power their R&D ambitions and design novel proteins for Pharmaceutical and Health, Green Technology, Industrial Innovation, and Consumer Upgrade. BioMap is one of the second batch of strategic enterprises that signed the agreement with the Office of Attracting Strategic Enterprises to set up business in Hong Kong.'
	},
	{
		slug: 'hkic',
		name: 'The Hong Kong Investment Corporation Limited',
		shortName: 'HKIC',
		description:
			'Established by the Government of the Hong Kong Special Administrative Region to consolidate the management of the investment activities of the “Hong Kong Growth Portfolio”, “Greater Bay Area Investment Fund”, “Strategic Tech Fund”, and “Co-Investment Fund”. Its objectives are to identify investment opportunities and strategically promote development of target industries, so as to enhance the long-term competitiveness and economic vitality of Hong Kong while generating investment return.'
	},
	{
		slug: 'hksar-government',
		name: 'Government of the Hong Kong Special Administrative Region',
		shortName: 'HKSAR Government'
	},
	{ slug: 'hku', name: 'The University of Hong Kong', shortName: 'HKU' },
	{ slug: 'hkust', name: 'The Hong Kong University of Science and Technology', shortName: 'HKUST' },
	{ slug: 'cyberport', name: 'Hong Kong Cyberport', shortName: 'Cyberport' },
	{ slug: 'hkstp', name: 'Hong Kong Science and Technology Parks Corporation', shortName: 'HKSTP' },
	{ slug: 'sanofi', name: 'Sanofi', shortName: 'Sanofi', description: 'Multinational pharmaceutical company.' },
	{
		slug: 'lilly-china',
		name: 'Lilly China',
		shortName: 'Lilly China',
		description: 'Multinational pharmaceutical company.'
	},
	{ slug: 'lanzatech', name: 'LanzaTech', shortName: 'LanzaTech', description: 'Green technology company.' },
	{ slug: 'syngenta', name: 'Syngenta', shortName: 'Syngenta', description: 'Green technology company.' },
	{ slug: 'rutgers', name: 'Rutgers University, USA', shortName: 'Rutgers University' }
];

/** The part each organisation plays in this edition, in display order within each role. */
export const eventOrganisations: { organisation: string; role: string }[] = [
	{ organisation: 'biomap', role: 'host' },
	{ organisation: 'hkic', role: 'strategic-partner' },
	{ organisation: 'hku', role: 'ecosystem-partner' },
	{ organisation: 'hkust', role: 'ecosystem-partner' },
	{ organisation: 'cyberport', role: 'ecosystem-partner' },
	{ organisation: 'hkstp', role: 'ecosystem-partner' },
	{ organisation: 'sanofi', role: 'speaker-organisation' },
	{ organisation: 'lilly-china', role: 'speaker-organisation' },
	{ organisation: 'lanzatech', role: 'speaker-organisation' },
	{ organisation: 'syngenta', role: 'speaker-organisation' },
	{ organisation: 'rutgers', role: 'speaker-organisation' }
];

export const tracks = [
	{
		slug: 'partnership',
		name: 'Partnership and ecosystem',
		description: 'The HKIC x BioMap strategic partnership, BioMap InnoHub and the BioMap BioX accelerator.',
		color: '#0b6e69'
	},
	{
		slug: 'human-health',
		name: 'New drug development and human health',
		description: 'Accelerating new drug development to improve human health.',
		color: '#8a3b12'
	},
	{
		slug: 'green-technology',
		name: 'Green technology and sustainability',
		description: 'Advancing green technology innovation for global sustainable development.',
		color: '#2f6b1f'
	}
];

// SAMPLE: rooms are placeholders until organizers name the venue's rooms.
export const rooms = [
	{ slug: 'main-hall', name: 'Main Hall', description: 'Sample room' },
	{ slug: 'fireside-lounge', name: 'Fireside Lounge', description: 'Sample room', capacity: 80 },
	{ slug: 'foyer', name: 'Foyer', description: 'Sample room' }
];

type SpeakerSeed = {
	slug: string;
	name: string;
	honorific?: string;
	roleTitle: string;
	organisation: string;
	bio: string;
	featured?: boolean;
	isPlaceholder?: boolean;
};

// The source names three people; the other speakers are their organisation's representative
// until organizers name them.
export const speakers: SpeakerSeed[] = [
	{
		slug: 'paul-chan-mo-po',
		honorific: 'Mr',
		name: 'Paul Chan Mo-po',
		roleTitle: 'Financial Secretary',
		organisation: 'hksar-government',
		bio: 'Financial Secretary of the Hong Kong SAR Government. He witnessed and addressed the signing of the HKIC x BioMap strategic partnership agreement.',
		featured: true
	},
	{
		slug: 'clara-chan',
		honorific: 'Ms',
		name: 'Clara Chan',
		roleTitle: 'CEO',
		organisation: 'hkic',
		bio: 'CEO of The Hong Kong Investment Corporation Limited (HKIC). She signed the strategic partnership agreement with BioMap on behalf of HKIC.',
		featured: true
	},
	{
		slug: 'wei-liu',
		honorific: 'Mr',
		name: 'Wei Liu',
		roleTitle: 'Co-Founder and CEO',
		organisation: 'biomap',
		bio: 'Co-Founder and CEO of BioMap. He signed the strategic partnership agreement with HKIC on behalf of BioMap.',
		featured: true
	},
	{
		slug: 'sanofi-representative',
		name: 'Sanofi representative',
		roleTitle: 'Senior executive',
		organisation: 'sanofi',
		bio: 'A senior executive of Sanofi, a multinational pharmaceutical company. Name to be announced.',
		isPlaceholder: true
	},
	{
		slug: 'lilly-china-representative',
		name: 'Lilly China representative',
		roleTitle: 'Senior executive',
		organisation: 'lilly-china',
		bio: 'A senior executive of Lilly China, a multinational pharmaceutical company. Name to be announced.',
		isPlaceholder: true
	},
	{
		slug: 'lanzatech-representative',
		name: 'LanzaTech representative',
		roleTitle: 'Senior executive',
		organisation: 'lanzatech',
		bio: 'A senior executive of LanzaTech, a green technology company. Name to be announced.',
		isPlaceholder: true
	},
	{
		slug: 'syngenta-representative',
		name: 'Syngenta representative',
		roleTitle: 'Senior executive',
		organisation: 'syngenta',
		bio: 'A senior executive of Syngenta, a green technology company. Name to be announced.',
		isPlaceholder: true
	},
	{
		slug: 'rutgers-academic-expert',
		name: 'Rutgers University academic expert',
		roleTitle: 'Academic expert',
		organisation: 'rutgers',
		bio: 'An academic expert from Rutgers University, USA. Name to be announced.',
		isPlaceholder: true
	}
];

type SessionSeed = {
	slug: string;
	title: string;
	abstract: string;
	kind: string;
	startsAt: Date;
	endsAt: Date;
	track?: string;
	room: string;
	capacity?: number;
	speakers?: { speaker: string; role: string }[];
};

// SAMPLE: every time and room below is a plausible placeholder; the source gives no timetable.
// Which representative gives a keynote and who joins which fireside chat is sample data too.
export const sessions: SessionSeed[] = [
	{
		slug: 'registration-and-welcome-coffee',
		title: 'Registration and welcome coffee',
		abstract: 'Collect your badge and meet fellow participants.',
		kind: 'networking',
		startsAt: hkt('09:00'),
		endsAt: hkt('09:45'),
		room: 'foyer'
	},
	{
		slug: 'address-by-the-financial-secretary',
		title: 'Address by the Financial Secretary',
		abstract:
			'Mr Paul Chan Mo-po, Financial Secretary of the Hong Kong SAR Government, addresses the summit. He highlighted Hong Kong’s robust ecosystem for innovation, development of AI infrastructure, convergence of both Mainland and international data, and its strengths as an international financial centre as the city’s edges for advancement in bio-computing.',
		kind: 'remarks',
		startsAt: hkt('09:45'),
		endsAt: hkt('10:00'),
		track: 'partnership',
		room: 'main-hall',
		speakers: [{ speaker: 'paul-chan-mo-po', role: 'speaker' }]
	},
	{
		slug: 'hkic-biomap-signing-ceremony',
		title: 'HKIC x BioMap Strategic Partnership Agreement Signing Ceremony',
		abstract:
			'The Hong Kong Investment Corporation Limited (HKIC) and BioMap sign a strategic partnership agreement, underscoring a significant commitment to transforming Hong Kong into a leading international bio-computing innovation hub. HKIC will proactively aggregate and channel resources to support BioMap’s development in Hong Kong. The alliance is HKIC’s second strategic partnership announced within two weeks. The agreement is signed by Ms Clara Chan, CEO of HKIC, and Mr Wei Liu, Co-Founder and CEO of BioMap, witnessed by Mr Paul Chan Mo-po, Financial Secretary of the Hong Kong SAR Government.',
		kind: 'ceremony',
		startsAt: hkt('10:00'),
		endsAt: hkt('10:30'),
		track: 'partnership',
		room: 'main-hall',
		speakers: [
			{ speaker: 'clara-chan', role: 'signatory' },
			{ speaker: 'wei-liu', role: 'signatory' },
			{ speaker: 'paul-chan-mo-po', role: 'witness' }
		]
	},
	{
		slug: 'biomap-innohub-and-biox-launch',
		title: 'Launch of BioMap InnoHub and the BioMap BioX accelerator',
		abstract:
			'BioMap unveils its first international innovation center, BioMap InnoHub, in Hong Kong, aspiring to attract global innovation forces and proactively cultivate local tech innovation teams, accelerating the development of the “AI for Life Science” ecosystem in Hong Kong. Representatives from The University of Hong Kong, The Hong Kong University of Science and Technology, Hong Kong Cyberport and Hong Kong Science and Technology Parks Corporation attend as BioMap’s ecosystem partners.\n\nThe inaugural project of BioMap InnoHub is the Bio-Computing Innovation Accelerator Program, BioMap BioX. In the upcoming five years it aims to support over 50 early-stage R&D projects in cutting-edge life science, with priority given to projects recommended by universities and ecosystem partners in Hong Kong. For selected projects, BioMap will leverage its Life Science Large Language Model “xTrimo” and AIGP platform technology to provide technical support, facilitate connections with global flagship companies and investors, and explore diverse application scenarios.',
		kind: 'ceremony',
		startsAt: hkt('10:30'),
		endsAt: hkt('11:00'),
		track: 'partnership',
		room: 'main-hall'
	},
	{
		slug: 'morning-coffee-break',
		title: 'Coffee break',
		abstract: '',
		kind: 'break',
		startsAt: hkt('11:00'),
		endsAt: hkt('11:20'),
		room: 'foyer'
	},
	{
		slug: 'keynote-new-drug-development',
		title: 'Keynote: Accelerating new drug development to improve human health',
		abstract:
			'A senior executive of Sanofi, a multinational pharmaceutical company and one of BioMap’s clients and ecosystem partners, on how bio-computing can accelerate new drug development to improve human health.',
		kind: 'keynote',
		startsAt: hkt('11:20'),
		endsAt: hkt('11:50'),
		track: 'human-health',
		room: 'main-hall',
		speakers: [{ speaker: 'sanofi-representative', role: 'speaker' }]
	},
	{
		slug: 'keynote-green-technology-innovation',
		title: 'Keynote: Advancing green technology innovation for global sustainable development',
		abstract:
			'A senior executive of LanzaTech, a green technology company and one of BioMap’s clients and ecosystem partners, on advancing green technology innovation for global sustainable development.',
		kind: 'keynote',
		startsAt: hkt('11:50'),
		endsAt: hkt('12:20'),
		track: 'green-technology',
		room: 'main-hall',
		speakers: [{ speaker: 'lanzatech-representative', role: 'speaker' }]
	},
	{
		slug: 'networking-lunch',
		title: 'Networking lunch',
		abstract: '',
		kind: 'networking',
		startsAt: hkt('12:20'),
		endsAt: hkt('13:30'),
		room: 'foyer'
	},
	{
		slug: 'fireside-chat-drug-development',
		title: 'Fireside chat: Bio-computing and new drug development',
		abstract:
			'A fireside chat on accelerating new drug development to improve human health, with a senior executive of Lilly China and an academic expert from Rutgers University, USA.',
		kind: 'fireside-chat',
		startsAt: hkt('13:30'),
		endsAt: hkt('14:15'),
		track: 'human-health',
		room: 'fireside-lounge',
		capacity: 80, // SAMPLE: the fireside lounge's seats
		speakers: [
			{ speaker: 'lilly-china-representative', role: 'speaker' },
			{ speaker: 'rutgers-academic-expert', role: 'speaker' }
		]
	},
	{
		slug: 'fireside-chat-green-technology',
		title: 'Fireside chat: Bio-computing for green technology',
		abstract:
			'A fireside chat on advancing green technology innovation for global sustainable development, with a senior executive of Syngenta.',
		kind: 'fireside-chat',
		startsAt: hkt('14:15'),
		endsAt: hkt('15:00'),
		track: 'green-technology',
		room: 'fireside-lounge',
		capacity: 80, // SAMPLE
		speakers: [{ speaker: 'syngenta-representative', role: 'speaker' }]
	},
	{
		slug: 'afternoon-networking',
		title: 'Networking with BioMap’s ecosystem partners',
		abstract: 'Meet BioMap’s clients and ecosystem partners.',
		kind: 'networking',
		startsAt: hkt('15:00'),
		endsAt: hkt('16:30'),
		room: 'foyer'
	}
];

export const highlights = [
	{
		key: 'partnership',
		title: 'A strategic partnership for bio-computing',
		body: 'HKIC signed a strategic partnership agreement with BioMap, a significant commitment to transforming Hong Kong into a leading international bio-computing innovation hub. HKIC will proactively aggregate and channel resources to support BioMap’s development in Hong Kong.',
		figure: '2nd',
		figureLabel: 'strategic partnership HKIC announced within two weeks'
	},
	{
		key: 'innohub',
		title: 'BioMap InnoHub',
		body: 'BioMap’s first international innovation center, in Hong Kong, aspires to attract global innovation forces and proactively cultivate local tech innovation teams, accelerating the “AI for Life Science” ecosystem in Hong Kong.',
		figure: '4',
		figureLabel: 'ecosystem partners at the launch: HKU, HKUST, Cyberport and HKSTP'
	},
	{
		key: 'biox',
		title: 'BioMap BioX accelerator',
		body: 'The Bio-Computing Innovation Accelerator Program aims to enable life science start-ups to initiate and grow as rapidly as internet companies, with priority for projects recommended by universities and ecosystem partners in Hong Kong.',
		figure: '50+',
		figureLabel: 'early-stage life science R&D projects to support over the next five years'
	},
	{
		key: 'xtrimo',
		title: 'xTrimo and the AIGP platform',
		body: 'BioMap’s foundational Life Science LLM, xTrimo, underpins the AIGP (AI Generated Protein) platform launched last year, which provides efficient and reliable protein design and optimization solutions for life science researchers.',
		figure: '100B+',
		figureLabel: 'parameters in xTrimo, BioMap’s Life Science LLM'
	},
	{
		key: 'aigp-users',
		title: 'Trusted across industries',
		body: 'Users of the AIGP platform include international pharmaceutical companies, leading CDMOs (Contract Development and Manufacturing Organizations), innovative drug developers, synthetic biology, green technology enterprises, and research institutions.',
		figure: '200+',
		figureLabel: 'users under contract on the AIGP platform'
	}
];

export const quotes = [
	{
		key: 'paul-chan-first-mover',
		speaker: 'paul-chan-mo-po',
		text: 'The combination of AI and life science is opening up a new frontier in bio-computing. Hong Kong has solid foundation in both areas, and we should endeavour to accelerate the development of bio-computing so that we could seize the ‘first mover advantage’.'
	},
	{
		key: 'paul-chan-innohub',
		speaker: 'paul-chan-mo-po',
		text: 'Biomap’s InnoHub is set to become a global focal point for research in bio-computing, a hub for relevant translational research and outcome commercialisation, a platform for fostering cooperation among innovators, the industries and investors, and a base for talent development.'
	},
	{
		key: 'clara-chan-support',
		speaker: 'clara-chan',
		text: 'HKIC supports BioMap in establishing its bio-computing innovation center and expanding its operational scope as well as depth in Hong Kong, and facilitates the broadening of its international connections.'
	},
	{
		key: 'wei-liu-innovation-center',
		speaker: 'wei-liu',
		text: 'Our Innovation Center is anticipated to transform more unique ideas into practical AIGP products, thereby enhancing the value of innovation through our global production, commercial network, and ecosystem partners.'
	}
];
