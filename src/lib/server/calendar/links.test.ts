import { describe, expect, it } from 'vitest';
import type { AgendaSession } from '../agenda/sessions';
import type { CalendarSummit } from './events';
import {
	agendaCalendarFeeds,
	calendarPaths,
	feedLinks,
	personalCalendarFeed,
	sessionCalendarLinks,
	sessionServiceUrl,
	webcalUrl
} from './links';

const event: CalendarSummit = {
	slug: 'biocomputing-summit-2024',
	name: 'International Bio-Computing Innovation Summit',
	tagline: '',
	timeZone: 'Asia/Hong_Kong',
	venueName: 'Venue to be announced',
	venueAddress: 'Hong Kong',
	venueDistrict: '',
	isSampleProgramme: false,
	createdAt: new Date('2024-01-01T00:00:00Z')
};

const session: AgendaSession = {
	id: 3,
	slug: 'hkic-biomap-signing-ceremony',
	title: 'Signing & ceremony: 簽署',
	abstract: 'x'.repeat(2000),
	kind: 'ceremony',
	status: 'scheduled',
	revision: 0,
	capacity: null,
	startsAt: new Date('2024-06-24T10:00:00+08:00'),
	endsAt: new Date('2024-06-24T10:30:00+08:00'),
	editedAt: new Date('2024-05-01T00:00:00Z'),
	track: null,
	room: { slug: 'main-hall', name: 'Main Hall', description: '', capacity: null, langOf: {} },
	speakers: [],
	langOf: {},
	searchable: []
};

describe('calendar links', () => {
	it('hands a session to Google Calendar, Outlook.com and Microsoft 365 in UTC', () => {
		expect(sessionCalendarLinks(session)).toEqual({
			ics: '/calendar/sessions/hkic-biomap-signing-ceremony.ics',
			google: '/calendar/sessions/hkic-biomap-signing-ceremony/google',
			outlook: '/calendar/sessions/hkic-biomap-signing-ceremony/outlook',
			microsoft365: '/calendar/sessions/hkic-biomap-signing-ceremony/microsoft365'
		});
		const googleUrl = sessionServiceUrl(event, session, 'google', 'https://summit.example.org', 'en');
		const google = new URL(googleUrl);
		expect(google.origin + google.pathname).toBe('https://calendar.google.com/calendar/render');
		expect(google.searchParams.get('action')).toBe('TEMPLATE');
		expect(google.searchParams.get('text')).toBe('Signing & ceremony: 簽署');
		expect(google.searchParams.get('dates')).toBe('20240624T020000Z/20240624T023000Z');
		expect(google.searchParams.get('location')).toBe('Main Hall, Venue to be announced, Hong Kong');
		expect(google.searchParams.get('ctz')).toBe('Asia/Hong_Kong');
		expect(google.searchParams.get('details')).toContain(
			'Details: https://summit.example.org/agenda/hkic-biomap-signing-ceremony'
		);
		// The abstract is cut short in a URL; the .ics file carries it whole.
		expect(googleUrl.length).toBeLessThan(800);
		expect(googleUrl).not.toContain('+');

		const outlook = new URL(sessionServiceUrl(event, session, 'outlook', 'https://summit.example.org', 'en'));
		expect(outlook.origin + outlook.pathname).toBe('https://outlook.live.com/calendar/0/deeplink/compose');
		expect(outlook.searchParams.get('rru')).toBe('addevent');
		expect(outlook.searchParams.get('subject')).toBe('Signing & ceremony: 簽署');
		expect(outlook.searchParams.get('startdt')).toBe('2024-06-24T02:00:00Z');
		expect(outlook.searchParams.get('enddt')).toBe('2024-06-24T02:30:00Z');

		// Work and school accounts live on another host, with the same compose page.
		const microsoft365 = new URL(sessionServiceUrl(event, session, 'microsoft365', 'https://summit.example.org', 'en'));
		expect(microsoft365.origin + microsoft365.pathname).toBe('https://outlook.office.com/calendar/0/deeplink/compose');
		expect([...microsoft365.searchParams]).toEqual([...outlook.searchParams]);
	});

	it('offers a feed by webcal://, Google, Outlook.com or as a download', () => {
		expect(webcalUrl('https://summit.example.org/calendar/summit.ics')).toBe(
			'webcal://summit.example.org/calendar/summit.ics'
		);
		expect(webcalUrl('http://127.0.0.1:4173/calendar/summit.ics')).toBe('webcal://127.0.0.1:4173/calendar/summit.ics');
		const links = feedLinks(
			calendarPaths.track('green-technology'),
			'https://summit.example.org',
			'Summit: Green technology'
		);
		expect(links.download).toBe('/calendar/tracks/green-technology.ics');
		expect(links.webcal).toBe('webcal://summit.example.org/calendar/tracks/green-technology.ics');
		expect(new URL(links.google).searchParams.get('cid')).toBe(
			'webcal://summit.example.org/calendar/tracks/green-technology.ics'
		);
		const outlook = new URL(links.outlook);
		expect(outlook.searchParams.get('url')).toBe('https://summit.example.org/calendar/tracks/green-technology.ics');
		expect(outlook.searchParams.get('name')).toBe('Summit: Green technology');
		const microsoft365 = new URL(links.microsoft365);
		expect(microsoft365.origin + microsoft365.pathname).toBe('https://outlook.office.com/calendar/0/addfromweb');
		expect(microsoft365.searchParams.get('url')).toBe(
			'https://summit.example.org/calendar/tracks/green-technology.ics'
		);
		expect(microsoft365.searchParams.get('name')).toBe('Summit: Green technology');
		expect(calendarPaths.personal('abc')).toBe('/calendar/my/abc.ics');
	});

	it('lists the summit and each track on the agenda, and a person’s private feed', () => {
		const feeds = agendaCalendarFeeds(
			event,
			[{ slug: 'green-technology', name: 'Green technology and sustainability' }],
			'https://summit.example.org',
			'en'
		);
		expect(feeds.map((feed) => [feed.label, feed.links.download])).toEqual([
			['Whole summit', '/calendar/summit.ics'],
			['Green technology and sustainability', '/calendar/tracks/green-technology.ics']
		]);
		const personal = personalCalendarFeed(event, 'abc', 'https://summit.example.org', 'en');
		expect(personal.label).toBe('International Bio-Computing Innovation Summit: my sessions');
		expect(personal.links.webcal).toBe('webcal://summit.example.org/calendar/my/abc.ics');
	});
});
