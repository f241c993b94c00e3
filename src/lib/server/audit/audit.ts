// The audit log: every organizer action, who did it, when, and what changed. auditEntry() returns the
// unsent write so callers put it in the same transaction as the change it describes: a change without
// its record (or a record of a change that rolled back) cannot happen.
import { db } from '../db';

/** Who acts: the signed-in organizer and the address the request came from. */
export type Actor = { id: number | null; email: string; ip?: string | null };

export type AuditValue = string | number | boolean | null;
export type AuditChanges = Record<string, AuditValue | [AuditValue, AuditValue]>;

export type AuditRecord = {
	action: string;
	entityType: string;
	entityId?: string | number | null;
	summary?: string;
	changes?: AuditChanges;
};

export function auditEntry(actor: Actor, record: AuditRecord) {
	return db.auditEntry.create({
		data: {
			actorId: actor.id,
			actorEmail: actor.email,
			action: record.action,
			entityType: record.entityType,
			entityId: record.entityId == null ? null : String(record.entityId),
			summary: record.summary ?? '',
			changes: JSON.stringify(record.changes ?? {}),
			ip: actor.ip ?? null
		}
	});
}

function auditValue(value: unknown): AuditValue {
	if (value instanceof Date) return value.toISOString();
	if (value === undefined) return null;
	if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === null)
		return value;
	return JSON.stringify(value);
}

/** The fields whose values differ, as { field: [before, after] }. */
export function changedFields<T extends Record<string, unknown>>(before: T, after: Partial<T>): AuditChanges {
	const changes: AuditChanges = {};
	for (const key of Object.keys(after) as (keyof T & string)[]) {
		const was = auditValue(before[key]);
		const now = auditValue(after[key]);
		if (was !== now) changes[key] = [was, now];
	}
	return changes;
}

/** The values of a new record, for a creation's entry. */
export function createdFields(values: Record<string, unknown>): AuditChanges {
	return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, auditValue(value)]));
}

export const AUDIT_PAGE_SIZE = 50;

export async function listAuditEntries(
	options: { page?: number; entityType?: string | null; actorId?: number | null } = {}
) {
	const page = Math.max(1, options.page ?? 1);
	const where = {
		...(options.entityType ? { entityType: options.entityType } : {}),
		...(options.actorId ? { actorId: options.actorId } : {})
	};
	const [total, entries] = await Promise.all([
		db.auditEntry.count({ where }),
		db.auditEntry.findMany({
			where,
			orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
			skip: (page - 1) * AUDIT_PAGE_SIZE,
			take: AUDIT_PAGE_SIZE
		})
	]);
	return {
		total,
		page,
		pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
		entries: entries.map((entry) => ({ ...entry, changes: parseChanges(entry.changes) }))
	};
}

export async function listAuditEntityTypes(): Promise<string[]> {
	const rows = await db.auditEntry.findMany({
		distinct: ['entityType'],
		select: { entityType: true },
		orderBy: { entityType: 'asc' }
	});
	return rows.map((row) => row.entityType);
}

function parseChanges(json: string): AuditChanges {
	try {
		const parsed: unknown = JSON.parse(json);
		return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as AuditChanges) : {};
	} catch {
		return {};
	}
}
