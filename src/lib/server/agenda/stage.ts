// Where the summit stands at an instant: what every public page says and which action it offers. One pure
// function, so the home page, /register, the header, the agenda and JSON-LD never disagree.
import type { SummitEvent } from './event';

export type SummitStage =
	| 'registration-not-open'
	| 'registration-open'
	/** Open, no seat left: registering joins the waitlist. */
	| 'full'
	| 'registration-closed'
	| 'live'
	| 'past';

export type RegistrationWindow = 'open' | 'not-open' | 'closed';

type WindowFields = Pick<SummitEvent, 'registrationOpensAt' | 'registrationClosesAt' | 'endsAt'>;

/**
 * Whether registering is possible at `now`. No opening date: not open (organizers have not decided). It
 * closes at the window's end, and at the summit's end at the latest: nobody registers for a past event.
 */
export function registrationWindow(event: WindowFields, now: Date): RegistrationWindow {
	if (!event.registrationOpensAt || now < event.registrationOpensAt) return 'not-open';
	const closesAt = registrationClosesAt(event);
	if (now >= closesAt) return 'closed';
	return 'open';
}

/** The instant registration closes: the window's end when earlier than the summit's end, else the end. */
export function registrationClosesAt(event: Pick<SummitEvent, 'registrationClosesAt' | 'endsAt'>): Date {
	const { registrationClosesAt: closes, endsAt } = event;
	return closes && closes < endsAt ? closes : endsAt;
}

/**
 * The stage at `now`. `seatsLeft` is the summit's free seats (null: no limit). The day itself wins over the
 * registration stages: while the summit is on, pages show what is on now and next.
 */
export function summitStage(
	event: WindowFields & Pick<SummitEvent, 'startsAt'>,
	now: Date,
	seatsLeft: number | null
): SummitStage {
	if (now >= event.endsAt) return 'past';
	if (now >= event.startsAt) return 'live';
	const window = registrationWindow(event, now);
	if (window === 'not-open') return 'registration-not-open';
	if (window === 'closed') return 'registration-closed';
	return seatsLeft === 0 ? 'full' : 'registration-open';
}

/** Free seats from the event row (null: no limit). */
export function seatsLeftOf(event: Pick<SummitEvent, 'capacity' | 'confirmedCount'>): number | null {
	return event.capacity === null ? null : Math.max(0, event.capacity - event.confirmedCount);
}
