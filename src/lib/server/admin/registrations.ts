// Organizers reading registrations: search and filters from the query string, one registration with its
// sessions, and the rows of the CSV export. Read-only: registering, cancelling and promoting belong to
// the registration domain (src/lib/server/registration).
import { db } from '../db';
import { normaliseForSearch } from '../agenda/filters';
import { ATTENDEE_CATEGORIES } from '../../registration/categories';
import { REGISTRATION_STATUSES } from '../../registration/categories';

export type RegistrationFilters = {
	q: string;
	status: string | null;
	category: string | null;
	sessionId: number | null;
	page: number;
};

export const REGISTRATIONS_PAGE_SIZE = 50;

/** Unknown values are ignored rather than refused: a filter link from an old bookmark still works. */
export function parseRegistrationFilters(params: URLSearchParams, sessionIds: number[]): RegistrationFilters {
	const status = params.get('status');
	const category = params.get('category');
	const sessionId = Number(params.get('session'));
	const page = Number.parseInt(params.get('page') ?? '1', 10);
	return {
		q: (params.get('q') ?? '').trim().slice(0, 100),
		status: status && (REGISTRATION_STATUSES as readonly string[]).includes(status) ? status : null,
		category: category && (ATTENDEE_CATEGORIES as readonly string[]).includes(category) ? category : null,
		sessionId: sessionIds.includes(sessionId) ? sessionId : null,
		page: Number.isSafeInteger(page) && page > 0 ? Math.min(page, 10_000) : 1
	};
}

const listSelect = {
	id: true,
	reference: true,
	fullName: true,
	email: true,
	organisation: true,
	jobTitle: true,
	category: true,
	country: true,
	needs: true,
	newsOptIn: true,
	status: true,
	createdAt: true,
	checkedInAt: true,
	sessions: {
		where: { status: { not: 'cancelled' } },
		select: { status: true, session: { select: { id: true, title: true } } }
	}
} as const;

/**
 * The registrations matching the filters, newest first. Search runs here rather than in SQL, so it
 * ignores case and accents the same way on SQLite and PostgreSQL and finds Chinese names; a summit has
 * thousands of registrations at most.
 */
export async function findRegistrations(eventId: number, filters: Omit<RegistrationFilters, 'page'>) {
	const rows = await db.registration.findMany({
		where: {
			eventId,
			...(filters.status ? { status: filters.status } : {}),
			...(filters.category ? { category: filters.category } : {}),
			...(filters.sessionId
				? { sessions: { some: { sessionId: filters.sessionId, status: { not: 'cancelled' } } } }
				: {})
		},
		orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
		select: listSelect
	});
	const words = normaliseForSearch(filters.q).split(/\s+/).filter(Boolean);
	if (words.length === 0) return rows;
	return rows.filter((row) => {
		const haystack = normaliseForSearch([row.fullName, row.email, row.organisation, row.reference].join(' '));
		return words.every((word) => haystack.includes(word));
	});
}

export async function listRegistrations(eventId: number, filters: RegistrationFilters) {
	const [all, total] = await Promise.all([
		findRegistrations(eventId, filters),
		db.registration.count({ where: { eventId } })
	]);
	const pageCount = Math.max(1, Math.ceil(all.length / REGISTRATIONS_PAGE_SIZE));
	const page = Math.min(filters.page, pageCount);
	return {
		total,
		matching: all.length,
		page,
		pageCount,
		registrations: all.slice((page - 1) * REGISTRATIONS_PAGE_SIZE, page * REGISTRATIONS_PAGE_SIZE)
	};
}

export function listSessionsForFilter(eventId: number) {
	return db.session.findMany({
		where: { eventId, kind: { notIn: ['break', 'networking'] } },
		orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
		select: { id: true, title: true }
	});
}

export function getRegistrationForOrganizer(eventId: number, id: number) {
	return db.registration.findFirst({
		where: { eventId, id },
		select: {
			...listSelect,
			eventId: true,
			waitlistedAt: true,
			confirmedAt: true,
			cancelledAt: true,
			consentedAt: true,
			sessions: {
				orderBy: { session: { startsAt: 'asc' } },
				select: {
					status: true,
					session: { select: { id: true, title: true, startsAt: true, endsAt: true, status: true } }
				}
			}
		}
	});
}
