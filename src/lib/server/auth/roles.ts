// Who may do what in the organizer area. Every load and action names one of these groups in its
// requireRole() call; src/routes/admin/authorization-coverage.test.ts holds each route to it.
export const ROLES = ['admin', 'editor', 'checkin'] as const;
export type Role = (typeof ROLES)[number];

/** Users and invitations, registrations and their export, the audit log: admins only. */
export const ADMINS: readonly Role[] = ['admin'];
/** Speakers, sessions and the dashboard's figures. */
export const PROGRAMME_EDITORS: readonly Role[] = ['admin', 'editor'];
/** Finding and checking in attendees at the door. */
export const DOOR_STAFF: readonly Role[] = ['admin', 'checkin'];
/** Anyone signed in: their own account. */
export const ALL_ORGANIZERS: readonly Role[] = ROLES;

export function isRole(value: unknown): value is Role {
	return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Where a role lands after signing in: the first page it may open. */
export function homeFor(role: string): string {
	return role === 'checkin' ? '/admin/check-in' : '/admin';
}
