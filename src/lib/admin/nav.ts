// The organizer area's menu: one line per page, with the roles that may open it (the same groups the
// page's requireRole() names). A new organizer page adds its line here.
import { m } from '$lib/paraglide/messages';
import type { Role } from '$lib/server/auth/roles';

export type NavItem = { href: string; label: () => string; roles: readonly Role[] };

export const adminNav: NavItem[] = [
	{ href: '/admin', label: m.admin_nav_dashboard, roles: ['admin', 'editor'] },
	{ href: '/admin/speakers', label: m.admin_nav_speakers, roles: ['admin', 'editor'] },
	{ href: '/admin/sessions', label: m.admin_nav_sessions, roles: ['admin', 'editor'] },
	{ href: '/admin/schedule', label: m.admin_nav_schedule, roles: ['admin', 'editor'] },
	{ href: '/admin/tracks', label: m.admin_nav_tracks, roles: ['admin', 'editor'] },
	{ href: '/admin/rooms', label: m.admin_nav_rooms, roles: ['admin', 'editor'] },
	{ href: '/admin/organisations', label: m.admin_nav_organisations, roles: ['admin', 'editor'] },
	{ href: '/admin/highlights', label: m.admin_nav_highlights, roles: ['admin', 'editor'] },
	{ href: '/admin/quotes', label: m.admin_nav_quotes, roles: ['admin', 'editor'] },
	{ href: '/admin/registrations', label: m.admin_nav_registrations, roles: ['admin'] },
	{ href: '/admin/announcements', label: m.admin_nav_announcements, roles: ['admin'] },
	{ href: '/admin/check-in', label: m.admin_nav_check_in, roles: ['admin', 'checkin'] },
	{ href: '/admin/event', label: m.admin_nav_event, roles: ['admin'] },
	{ href: '/admin/users', label: m.admin_nav_users, roles: ['admin'] },
	{ href: '/admin/audit', label: m.admin_nav_audit, roles: ['admin'] },
	{ href: '/admin/editions', label: m.admin_nav_editions, roles: ['admin'] }
];

/** The entries a role sees, in menu order. */
export function navFor(role: string): NavItem[] {
	return adminNav.filter((item) => (item.roles as readonly string[]).includes(role));
}

/** Whether a menu entry is the page being shown (or one below it; the dashboard only itself). */
export function isCurrentNav(href: string, pathname: string): boolean {
	return href === '/admin' ? pathname === '/admin' : pathname === href || pathname.startsWith(`${href}/`);
}
