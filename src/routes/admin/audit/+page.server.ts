import { listAuditEntries, listAuditEntityTypes } from '$lib/server/audit/audit';
import { describeAuditEntries } from '$lib/server/audit/describe';
import { requireRole } from '$lib/server/auth/guard';
import { ADMINS } from '$lib/server/auth/roles';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	requireRole(ADMINS);
	const entityTypes = await listAuditEntityTypes();
	const requestedType = url.searchParams.get('type');
	const entityType = requestedType && entityTypes.includes(requestedType) ? requestedType : null;
	const page = Math.min(10_000, Math.max(1, Number.parseInt(url.searchParams.get('page') ?? '1', 10) || 1));
	const { entries, ...paging } = await listAuditEntries({ page, entityType });
	return { ...paging, entries: await describeAuditEntries(entries), entityTypes, entityType };
};
