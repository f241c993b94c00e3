// The organizers' overview: registrations by status, check-ins, seats taken per session, and
// registrations over time and by category. Read-only; counts come straight from the database.
import { db } from '../db';
import { dateKey } from '../../time';

export async function registrationFigures(eventId: number) {
	const [event, byStatus, checkedIn] = await Promise.all([
		db.event.findUniqueOrThrow({ where: { id: eventId }, select: { capacity: true, confirmedCount: true } }),
		db.registration.groupBy({ by: ['status'], where: { eventId }, _count: { _all: true } }),
		db.registration.count({ where: { eventId, status: 'confirmed', checkedInAt: { not: null } } })
	]);
	const count = (status: string) => byStatus.find((row) => row.status === status)?._count._all ?? 0;
	return {
		capacity: event.capacity,
		confirmed: count('confirmed'),
		waitlisted: count('waitlisted'),
		cancelled: count('cancelled'),
		checkedIn
	};
}

/** Sessions people choose (not breaks), with seats taken, capacity and the waitlist's length. */
export async function sessionFill(eventId: number) {
	const [sessions, waitlists] = await Promise.all([
		db.session.findMany({
			where: { eventId, kind: { notIn: ['break', 'networking'] } },
			orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
			select: {
				id: true,
				title: true,
				status: true,
				startsAt: true,
				endsAt: true,
				capacity: true,
				confirmedCount: true
			}
		}),
		db.registrationSession.groupBy({
			by: ['sessionId'],
			where: { status: 'waitlisted', session: { eventId } },
			_count: { _all: true }
		})
	]);
	const waiting = new Map(waitlists.map((row) => [row.sessionId, row._count._all]));
	return sessions.map((session) => ({ ...session, waitlisted: waiting.get(session.id) ?? 0 }));
}

export type Bar = { key: string; label: string; value: number };

/** The chart shows at most this many days: the last ones, when registration has been open longer. */
export const MAX_CHART_DAYS = 120;

/**
 * Registrations made per day in the summit's zone, every day from the first to the last (days without
 * any show as zero, so the time axis is true).
 */
export async function registrationsPerDay(eventId: number, timeZone: string): Promise<Bar[]> {
	const latest = await db.registration.findFirst({
		where: { eventId },
		orderBy: { createdAt: 'desc' },
		select: { createdAt: true }
	});
	if (!latest) return [];
	const since = new Date(latest.createdAt.getTime() - MAX_CHART_DAYS * 24 * 60 * 60 * 1000);
	const rows = await db.registration.findMany({
		where: { eventId, createdAt: { gt: since } },
		select: { createdAt: true },
		orderBy: { createdAt: 'asc' }
	});
	if (rows.length === 0) return [];
	const counts = new Map<string, number>();
	for (const { createdAt } of rows) {
		const day = dateKey(createdAt, timeZone);
		counts.set(day, (counts.get(day) ?? 0) + 1);
	}
	const days: Bar[] = [];
	const last = dateKey(rows.at(-1)!.createdAt, timeZone);
	// Calendar days stepped at noon UTC, so a zone offset never skips or repeats one.
	for (let day = dateKey(rows[0]!.createdAt, timeZone); day <= last;) {
		days.push({ key: day, label: day, value: counts.get(day) ?? 0 });
		const next = new Date(`${day}T12:00:00Z`);
		next.setUTCDate(next.getUTCDate() + 1);
		day = next.toISOString().slice(0, 10);
	}
	return days;
}

/** Registrations that hold or wait for a seat (not cancelled), by the category attendees chose. */
export async function registrationsByCategory(eventId: number): Promise<Bar[]> {
	const rows = await db.registration.groupBy({
		by: ['category'],
		where: { eventId, status: { not: 'cancelled' } },
		_count: { _all: true }
	});
	return rows
		.map((row) => ({ key: row.category, label: row.category, value: row._count._all }))
		.sort((a, b) => b.value - a.value || a.key.localeCompare(b.key));
}
