// How a personal calendar reads the edition and its sessions: straight from the database (a feed, one
// mail), or once for a whole batch of mails (mail/outbox.ts), which would otherwise read the same event and
// the same sessions again for every confirmation. A batch's reads start after its mails were claimed, so
// they see every change committed before those mails were queued.
import type { Locale } from '$lib/paraglide/runtime';
import { db } from '../db';
import { listSessions, listSessionsById, type AgendaSession } from '../agenda/sessions';

type EventRow = NonNullable<Awaited<ReturnType<typeof db.event.findUnique>>>;

export type ProgrammeReads = {
	event: (eventId: number) => Promise<EventRow | null>;
	/** At least the sessions with these ids (a batch's reader returns the whole programme). */
	sessions: (eventId: number, locale: Locale, ids: number[]) => Promise<AgendaSession[]>;
};

export const directReads: ProgrammeReads = {
	event: (id) => db.event.findUnique({ where: { id } }),
	sessions: (eventId, locale, ids) => listSessionsById(eventId, ids, locale)
};

/** Reads shared by the mails of one batch: each event, and each event's programme per language, once. */
export function batchReads(): ProgrammeReads {
	const events = new Map<number, Promise<EventRow | null>>();
	const programmes = new Map<string, Promise<AgendaSession[]>>();
	const once = <T>(cache: Map<number | string, Promise<T>>, key: number | string, read: () => Promise<T>) => {
		let value = cache.get(key);
		if (!value) {
			value = read();
			cache.set(key, value);
		}
		return value;
	};
	return {
		event: (id) => once(events, id, directReads.event.bind(null, id)),
		sessions: (eventId, locale) => once(programmes, `${eventId} ${locale}`, () => listSessions(eventId, locale))
	};
}
