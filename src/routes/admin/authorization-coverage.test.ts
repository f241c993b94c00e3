// Every route under /admin, found on disk, must refuse anonymous visitors and every role its manifest
// entry does not name: each load, each form action and each endpoint, called the way SvelteKit calls
// it. A new route fails this test until it is listed here, and then until its guard comes first.
// (The idea follows svelte-society/sveltesociety.dev's authorization-coverage test.)
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isHttpError, isRedirect } from '@sveltejs/kit';
// The request store behind getRequestEvent(): how SvelteKit itself runs a load or an action. Internal,
// so untyped; pinned by the Kit 2 version in package.json.
// @ts-expect-error no type declarations for this internal entry point
import { with_request_store } from '@sveltejs/kit/internal/server';
import * as ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '$lib/server/auth/users';
import { ROLES, type Role } from '$lib/server/auth/roles';

type Access = 'public' | 'ADMINS' | 'PROGRAMME_EDITORS' | 'DOOR_STAFF' | 'ALL_ORGANIZERS';

/** Route id (folder under src/routes) → who may use it. */
const MANIFEST: Record<string, Access> = {
	'/admin': 'PROGRAMME_EDITORS',
	'/admin/login': 'public',
	'/admin/logout': 'ALL_ORGANIZERS',
	'/admin/invite/[token]': 'public',
	'/admin/account': 'ALL_ORGANIZERS',
	'/admin/users': 'ADMINS',
	'/admin/audit': 'ADMINS',
	'/admin/event': 'ADMINS',
	'/admin/announcements': 'ADMINS',
	'/admin/announcements/new': 'ADMINS',
	'/admin/announcements/[id]': 'ADMINS',
	'/admin/speakers': 'PROGRAMME_EDITORS',
	'/admin/speakers/new': 'PROGRAMME_EDITORS',
	'/admin/speakers/[id]': 'PROGRAMME_EDITORS',
	'/admin/sessions': 'PROGRAMME_EDITORS',
	'/admin/sessions/new': 'PROGRAMME_EDITORS',
	'/admin/sessions/[id]': 'PROGRAMME_EDITORS',
	'/admin/schedule': 'PROGRAMME_EDITORS',
	'/admin/tracks': 'PROGRAMME_EDITORS',
	'/admin/tracks/new': 'PROGRAMME_EDITORS',
	'/admin/tracks/[id]': 'PROGRAMME_EDITORS',
	'/admin/rooms': 'PROGRAMME_EDITORS',
	'/admin/rooms/new': 'PROGRAMME_EDITORS',
	'/admin/rooms/[id]': 'PROGRAMME_EDITORS',
	'/admin/organisations': 'PROGRAMME_EDITORS',
	'/admin/organisations/new': 'PROGRAMME_EDITORS',
	'/admin/organisations/[id]': 'PROGRAMME_EDITORS',
	'/admin/highlights': 'PROGRAMME_EDITORS',
	'/admin/highlights/new': 'PROGRAMME_EDITORS',
	'/admin/highlights/[id]': 'PROGRAMME_EDITORS',
	'/admin/quotes': 'PROGRAMME_EDITORS',
	'/admin/quotes/new': 'PROGRAMME_EDITORS',
	'/admin/quotes/[id]': 'PROGRAMME_EDITORS',
	'/admin/registrations': 'ADMINS',
	'/admin/registrations/new': 'ADMINS',
	'/admin/registrations/[id]': 'ADMINS',
	'/admin/registrations/export.csv': 'ADMINS',
	'/admin/check-in': 'DOOR_STAFF',
	'/admin/editions': 'ADMINS'
};

const ALLOWED: Record<Exclude<Access, 'public'>, readonly Role[]> = {
	ADMINS: ['admin'],
	PROGRAMME_EDITORS: ['admin', 'editor'],
	DOOR_STAFF: ['admin', 'checkin'],
	ALL_ORGANIZERS: ROLES
};

const routesRoot = fileURLToPath(new URL('..', import.meta.url));
const adminRoot = fileURLToPath(new URL('.', import.meta.url));
const HTTP_VERBS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD', 'fallback'];
const PAGE_OPTIONS = ['prerender', 'ssr', 'csr', 'trailingSlash', 'config', 'entries'];

type RouteFile = { routeId: string; kind: 'page' | 'layout' | 'endpoint' | 'universal' | 'component'; path: string };

async function routeFiles(directory = adminRoot): Promise<RouteFile[]> {
	const found: RouteFile[] = [];
	for (const entry of await readdir(directory, { withFileTypes: true })) {
		const path = join(directory, entry.name);
		if (entry.isDirectory()) {
			found.push(...(await routeFiles(path)));
			continue;
		}
		const routeId = '/' + relative(routesRoot, directory).split(sep).join('/');
		const kinds: Record<string, RouteFile['kind']> = {
			'+page.server.ts': 'page',
			'+layout.server.ts': 'layout',
			'+server.ts': 'endpoint',
			'+page.ts': 'universal',
			'+layout.ts': 'universal',
			'+page.svelte': 'component'
		};
		const kind = kinds[entry.name];
		if (kind) found.push({ routeId, kind, path });
		else if (entry.name.startsWith('+') && !['+layout.svelte', '+error.svelte'].includes(entry.name)) {
			found.push({ routeId, kind: 'universal', path });
		}
	}
	return found;
}

/** Route ids that answer requests: pages and endpoints (layouts only wrap them). */
async function routeIds(): Promise<string[]> {
	const files = await routeFiles();
	return [...new Set(files.filter((f) => f.kind !== 'layout' && f.kind !== 'universal').map((f) => f.routeId))].sort();
}

// ---- static: the guard is the first statement, and names the group the manifest names ----

type Handler = { name: string; body: ts.ConciseBody };

function unwrap(expression: ts.Expression): ts.Expression {
	while (
		ts.isParenthesizedExpression(expression) ||
		ts.isAsExpression(expression) ||
		ts.isSatisfiesExpression(expression)
	) {
		expression = expression.expression;
	}
	return expression;
}

function inspect(source: string) {
	const file = ts.createSourceFile('route.ts', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
	const handlers: Handler[] = [];
	const unsupported: string[] = [];
	const imports = new Map<string, string>();
	for (const statement of file.statements) {
		if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
			const bindings = statement.importClause?.namedBindings;
			if (bindings && ts.isNamedImports(bindings)) {
				for (const element of bindings.elements)
					if (!element.propertyName) imports.set(element.name.text, statement.moduleSpecifier.text);
			}
			continue;
		}
		const exported =
			ts.canHaveModifiers(statement) &&
			ts.getModifiers(statement)?.some((mod) => mod.kind === ts.SyntaxKind.ExportKeyword);
		if (ts.isExportDeclaration(statement) || ts.isExportAssignment(statement)) {
			unsupported.push(statement.getText(file).slice(0, 40));
			continue;
		}
		if (!exported) continue;
		if (!ts.isVariableStatement(statement)) {
			unsupported.push(statement.getText(file).slice(0, 40));
			continue;
		}
		for (const declaration of statement.declarationList.declarations) {
			const name = declaration.name.getText(file);
			const init = declaration.initializer && unwrap(declaration.initializer);
			if (PAGE_OPTIONS.includes(name)) continue;
			if (
				(name === 'load' || HTTP_VERBS.includes(name)) &&
				init &&
				(ts.isArrowFunction(init) || ts.isFunctionExpression(init))
			) {
				handlers.push({ name, body: init.body });
			} else if (name === 'actions' && init && ts.isObjectLiteralExpression(init)) {
				for (const property of init.properties) {
					const value = ts.isPropertyAssignment(property) ? unwrap(property.initializer) : null;
					if (value && (ts.isArrowFunction(value) || ts.isFunctionExpression(value)))
						handlers.push({ name: `actions.${property.name!.getText(file)}`, body: value.body });
					else unsupported.push(`actions.${property.name?.getText(file) ?? '?'}`);
				}
			} else unsupported.push(name);
		}
	}
	return { handlers, unsupported, imports };
}

function firstStatementGuard(handler: Handler): { guard: string; group: string | null } | null {
	if (!ts.isBlock(handler.body)) return null;
	const first = handler.body.statements[0];
	if (!first) return null;
	let call: ts.Expression | undefined;
	if (ts.isExpressionStatement(first)) call = unwrap(first.expression);
	else if (ts.isVariableStatement(first) && first.declarationList.declarations.length === 1)
		call = first.declarationList.declarations[0]!.initializer;
	if (!call || !ts.isCallExpression(call) || !ts.isIdentifier(call.expression)) return null;
	const guard = call.expression.text;
	if (guard === 'requireLogin' && call.arguments.length === 0) return { guard, group: null };
	const [argument] = call.arguments;
	if (guard === 'requireRole' && call.arguments.length === 1 && argument && ts.isIdentifier(argument))
		return { guard, group: argument.text };
	return null;
}

// ---- dynamic: call each handler as SvelteKit would, as each kind of visitor ----

type Visitor = { label: string; user: { id: number; email: string; name: string; role: string } | null };
const visitors: Visitor[] = [{ label: 'anonymous', user: null }];

function fakeEvent(routeId: string, user: Visitor['user'], method: 'GET' | 'POST') {
	const path = routeId.replace('[id]', '999999').replace('[token]', 'no-such-token');
	const url = new URL(`http://127.0.0.1${path}`);
	const request =
		method === 'POST'
			? new Request(url, { method, body: new FormData(), headers: { origin: url.origin } })
			: new Request(url, { method });
	const jar = new Map<string, string>();
	return {
		url,
		request,
		params: { id: '999999', token: 'no-such-token' },
		route: { id: routeId },
		locals: {
			user,
			session: user ? { id: 'coverage-test-session', userId: user.id, expiresAt: new Date(Date.now() + 60_000) } : null
		},
		cookies: {
			get: (name: string) => jar.get(name),
			getAll: () => [...jar].map(([name, value]) => ({ name, value })),
			set: (name: string, value: string) => void jar.set(name, value),
			delete: (name: string) => void jar.delete(name),
			serialize: () => ''
		},
		getClientAddress: () => '192.0.2.99',
		setHeaders: () => {},
		fetch,
		platform: undefined,
		isDataRequest: false,
		isSubRequest: false,
		isRemoteRequest: false,
		depends: () => {},
		parent: async () => ({}),
		untrack: <T>(fn: () => T) => fn(),
		tracing: { enabled: false, root: null, current: null }
	};
}

type Outcome = 'login' | 'forbidden' | 'passed';

const withRequestStore = with_request_store as <T>(store: { event: unknown; state: object }, fn: () => T) => T;

async function call(handler: (event: unknown) => unknown, event: ReturnType<typeof fakeEvent>): Promise<Outcome> {
	try {
		await withRequestStore({ event, state: {} }, () => handler(event));
		return 'passed';
	} catch (error) {
		if (isRedirect(error) && error.location.startsWith('/admin/login?redirectTo=')) return 'login';
		if (isHttpError(error) && (error.status === 401 || error.status === 403)) return 'forbidden';
		return 'passed';
	}
}

type LoadedHandler = { name: string; method: 'GET' | 'POST'; fn: (event: unknown) => unknown };

async function loadHandlers(file: RouteFile): Promise<LoadedHandler[]> {
	const module = (await import(/* @vite-ignore */ file.path)) as Record<string, unknown>;
	const handlers: LoadedHandler[] = [];
	if (typeof module.load === 'function')
		handlers.push({ name: 'load', method: 'GET', fn: module.load as LoadedHandler['fn'] });
	if (module.actions && typeof module.actions === 'object') {
		for (const [name, fn] of Object.entries(module.actions))
			handlers.push({ name: `actions.${name}`, method: 'POST', fn: fn as LoadedHandler['fn'] });
	}
	for (const verb of HTTP_VERBS) {
		if (typeof module[verb] === 'function')
			handlers.push({
				name: verb,
				method: verb === 'GET' || verb === 'HEAD' ? 'GET' : 'POST',
				fn: module[verb] as LoadedHandler['fn']
			});
	}
	return handlers;
}

beforeAll(async () => {
	for (const role of ROLES) {
		const result = await createUser({
			email: `coverage-${role}-${crypto.randomUUID().slice(0, 8)}@test.example`,
			name: `Coverage ${role}`,
			role,
			password: 'coverage test password'
		});
		if (!result.ok) throw new Error(result.error);
		visitors.push({ label: role, user: result.user });
	}
});

describe('authorization coverage of /admin', () => {
	it('the manifest lists exactly the routes on disk', async () => {
		expect(await routeIds()).toEqual(Object.keys(MANIFEST).sort());
	});

	it('every page has a server load (a page without one would render unchecked)', async () => {
		const files = await routeFiles();
		const pages = files.filter((f) => f.kind === 'component').map((f) => f.routeId);
		const serverPages = new Set(files.filter((f) => f.kind === 'page').map((f) => f.routeId));
		expect(pages.filter((id) => !serverPages.has(id))).toEqual([]);
		// Universal files may set page options only: a universal load would run without a server check.
		for (const file of files.filter((f) => f.kind === 'universal')) {
			expect(inspect(await readFile(file.path, 'utf8')).handlers.map((h) => `${file.routeId}:${h.name}`)).toEqual([]);
		}
	});

	it('every load, action and endpoint of a protected route starts with the guard for its group', async () => {
		const problems: string[] = [];
		for (const file of (await routeFiles()).filter((f) => f.kind === 'page' || f.kind === 'endpoint')) {
			const access = MANIFEST[file.routeId];
			if (!access || access === 'public') continue;
			const { handlers, unsupported, imports } = inspect(await readFile(file.path, 'utf8'));
			problems.push(...unsupported.map((name) => `${file.routeId}: unexpected export ${name}`));
			if (handlers.length === 0) problems.push(`${file.routeId}: no handler found`);
			for (const handler of handlers) {
				const found = firstStatementGuard(handler);
				const guardImported = found && imports.get(found.guard) === '$lib/server/auth/guard';
				const groupImported = found?.group ? imports.get(found.group) === '$lib/server/auth/roles' : true;
				const rightGroup = found?.group === access || (found?.guard === 'requireLogin' && access === 'ALL_ORGANIZERS');
				if (!found || !guardImported || !groupImported || !rightGroup) {
					problems.push(`${file.routeId} ${handler.name}: must start with requireRole(${access})`);
				}
			}
		}
		expect(problems).toEqual([]);
	});

	it('anonymous visitors are sent to sign in and every wrong role gets 403, from every handler', async () => {
		const problems: string[] = [];
		let checked = 0;
		for (const file of (await routeFiles()).filter((f) => f.kind === 'page' || f.kind === 'endpoint')) {
			const access = MANIFEST[file.routeId];
			if (!access || access === 'public') continue;
			for (const handler of await loadHandlers(file)) {
				for (const visitor of visitors) {
					const outcome = await call(handler.fn, fakeEvent(file.routeId, visitor.user, handler.method));
					const allowed = visitor.user !== null && ALLOWED[access].includes(visitor.user.role as Role);
					const expected: Outcome = visitor.user === null ? 'login' : allowed ? 'passed' : 'forbidden';
					if (outcome !== expected)
						problems.push(`${file.routeId} ${handler.name} as ${visitor.label}: ${outcome}, expected ${expected}`);
					checked++;
				}
			}
		}
		expect(problems).toEqual([]);
		expect(checked).toBeGreaterThan(100);
		// It imports every organizer route's module: seconds on a quiet machine, more than 30 on a loaded one.
	}, 120_000);

	it('the test tells a guarded handler from an unguarded one', () => {
		const guarded = inspect(`import { requireRole } from '$lib/server/auth/guard';
import { ADMINS } from '$lib/server/auth/roles';
export const load = async () => { requireRole(ADMINS); return {}; };
export const actions = { save: async () => { const user = requireRole(ADMINS); return user; } };`);
		expect(guarded.handlers.map((h) => firstStatementGuard(h)?.group)).toEqual(['ADMINS', 'ADMINS']);
		const late =
			inspect(`export const actions = { save: async ({ request }) => { await request.formData(); requireRole(ADMINS); } };
export const helper = 1;`);
		expect(late.handlers.map((h) => firstStatementGuard(h))).toEqual([null]);
		expect(late.unsupported).toEqual(['helper']);
	});
});
