// The audit log as people read it: the ids an entry stores (rooms, tracks, organisations, sessions,
// speakers in a new order) turned into the names they stood for, looked up once per page. Words and
// times are the edge's business ($lib/i18n/audit.ts); this module only returns data.
import { db } from '../db';
import type { AuditChanges, AuditValue } from './audit';

type StoredEntry = {
	id: number;
	createdAt: Date;
	actorEmail: string;
	action: string;
	entityType: string;
	entityId: string | null;
	summary: string;
	changes: AuditChanges;
	ip: string | null;
};

/** One field of an entry: `before` is absent when the entry records a value, not a change. */
export type AuditField = { field: string; before?: AuditValue; after: AuditValue };

/** A speaker who moved in the speakers' order, when the new order is one move away from the old. */
export type SpeakerMove = { name: string; place: number; of: number };

export type DescribedAuditEntry = Omit<StoredEntry, 'changes'> & {
	fields: AuditField[];
	moved: SpeakerMove | null;
};

// Fields that hold the id of a named record, and the table the name is in.
const NAMED: Record<string, 'room' | 'track' | 'organisation'> = {
	roomId: 'room',
	trackId: 'track',
	organisationId: 'organisation'
};
// Fields that hold comma-separated ids.
const ID_LISTS: Record<string, 'session' | 'speaker'> = { sessions: 'session', order: 'speaker' };

const idsOf = (value: AuditValue | undefined): number[] =>
	value === null || value === undefined || value === ''
		? []
		: String(value)
				.split(',')
				.map((part) => Number(part.trim()))
				.filter((id) => Number.isSafeInteger(id) && id > 0);

function values(changes: AuditChanges, field: string): AuditValue[] {
	const value = changes[field];
	return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

async function namesById(entries: StoredEntry[]) {
	const wanted = { room: new Set<number>(), track: new Set<number>(), organisation: new Set<number>() };
	const listed = { session: new Set<number>(), speaker: new Set<number>() };
	for (const { changes } of entries) {
		for (const [field, table] of Object.entries(NAMED))
			for (const value of values(changes, field)) for (const id of idsOf(value)) wanted[table].add(id);
		for (const [field, table] of Object.entries(ID_LISTS))
			for (const value of values(changes, field)) for (const id of idsOf(value)) listed[table].add(id);
	}
	const byId = { where: (ids: Set<number>) => ({ id: { in: [...ids] } }), select: { id: true, name: true } };
	const [rooms, tracks, organisations, sessions, speakers] = await Promise.all([
		wanted.room.size ? db.room.findMany({ where: byId.where(wanted.room), select: byId.select }) : [],
		wanted.track.size ? db.track.findMany({ where: byId.where(wanted.track), select: byId.select }) : [],
		wanted.organisation.size
			? db.organisation.findMany({ where: byId.where(wanted.organisation), select: byId.select })
			: [],
		listed.session.size
			? db.session.findMany({ where: byId.where(listed.session), select: { id: true, title: true } })
			: [],
		listed.speaker.size ? db.speaker.findMany({ where: byId.where(listed.speaker), select: byId.select }) : []
	]);
	const map = (rows: { id: number; name: string }[]) => new Map(rows.map((row) => [row.id, row.name]));
	return {
		room: map(rooms),
		track: map(tracks),
		organisation: map(organisations),
		session: new Map(sessions.map((row) => [row.id, row.title])),
		speaker: map(speakers)
	};
}

type Names = Awaited<ReturnType<typeof namesById>>;

// A record deleted since keeps its number: "#12" still tells one entry's subject from another's.
const nameOf = (names: Map<number, string>, id: number) => names.get(id) ?? `#${id}`;

function shown(field: string, value: AuditValue, names: Names): AuditValue {
	if (field in NAMED) {
		const [id] = idsOf(value);
		return id === undefined ? value : nameOf(names[NAMED[field]!], id);
	}
	if (field in ID_LISTS) {
		const ids = idsOf(value);
		return ids.length ? ids.map((id) => nameOf(names[ID_LISTS[field]!], id)).join(', ') : value;
	}
	return value;
}

/** The one speaker whose move turns `before` into `after`, when there is one (a move up or down). */
export function speakerMove(before: number[], after: number[]): { id: number; place: number } | null {
	if (before.length !== after.length) return null;
	const without = (list: number[], id: number) => list.filter((other) => other !== id);
	const candidates = after.filter((id, index) => before[index] !== id);
	// The one that jumped over the others: with a swap of neighbours, the one that went up.
	for (const id of candidates) {
		const rest = without(before, id);
		if (without(after, id).every((other, index) => other === rest[index]) && after.indexOf(id) < before.indexOf(id))
			return { id, place: after.indexOf(id) + 1 };
	}
	for (const id of candidates) {
		const rest = without(before, id);
		if (without(after, id).every((other, index) => other === rest[index])) return { id, place: after.indexOf(id) + 1 };
	}
	return null;
}

export async function describeAuditEntries(entries: StoredEntry[]): Promise<DescribedAuditEntry[]> {
	const names = await namesById(entries);
	return entries.map(({ changes, ...entry }) => {
		const fields = Object.entries(changes).map(([field, value]): AuditField =>
			Array.isArray(value)
				? { field, before: shown(field, value[0], names), after: shown(field, value[1], names) }
				: { field, after: shown(field, value, names) }
		);
		let moved: SpeakerMove | null = null;
		const order = changes.order;
		if (entry.action === 'speaker.reorder' && Array.isArray(order)) {
			const after = idsOf(order[1]);
			const move = speakerMove(idsOf(order[0]), after);
			if (move) moved = { name: nameOf(names.speaker, move.id), place: move.place, of: after.length };
		}
		return { ...entry, fields, moved };
	});
}
