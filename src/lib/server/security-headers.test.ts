// adapter-node serves the build's static files before the hooks run, so deploy/nginx.conf adds the
// security headers to them. Read here as nginx reads it, so the two lists cannot drift apart unnoticed.
// (tests/scale/three-instances.spec.ts checks the headers on real responses through nginx.)
import { describe, expect, it } from 'vitest';
import { readNginxConfig, uncommentTls } from '../../../scripts/bench/nginx-config';
import { allowWebAssembly, applySecurityHeaders, PERSONAL_PAGE_HEADERS, SECURITY_HEADERS } from './security-headers';

type Block = { name: string; directives: string[]; blocks: Block[] };

/** nginx's block structure: `name { directive; ... }`, comments dropped, quoted values kept whole. */
function parse(config: string): Block {
	const root: Block = { name: '', directives: [], blocks: [] };
	const stack = [root];
	let text = '';
	let quoted = false;
	for (const char of config.replace(/^\s*#[^\n]*/gm, '')) {
		const current = stack.at(-1)!;
		if (char === '"') quoted = !quoted;
		if (quoted || char === '"') text += char;
		else if (char === '{') {
			const block = { name: text.trim().replace(/\s+/g, ' '), directives: [], blocks: [] };
			current.blocks.push(block);
			stack.push(block);
			text = '';
		} else if (char === '}') {
			stack.pop();
			text = '';
		} else if (char === ';') {
			current.directives.push(text.trim().replace(/\s+/g, ' '));
			text = '';
		} else text += char;
	}
	return root;
}

function addedHeaders(block: Block): Record<string, string> {
	const headers: Record<string, string> = {};
	for (const directive of block.directives) {
		const match = directive.match(/^add_header (\S+) "([^"]*)" always$/);
		if (directive.startsWith('add_header')) expect(match, `${block.name}: ${directive}`).not.toBeNull();
		if (match) headers[match[1]!] = match[2]!;
	}
	return headers;
}

const STATIC = 'location ~ ^/(?:_app/|favicon\\.svg$|og-image\\.png$)';
const HSTS = { 'Strict-Transport-Security': 'max-age=63072000; includeSubDomains' };

async function servers() {
	const http = parse(uncommentTls(await readNginxConfig())).blocks.find((block) => block.name === 'http')!;
	const [plain, tls, ...others] = http.blocks.filter((block) => block.name === 'server');
	expect(others).toEqual([]);
	return { plain: plain!, tls: tls! };
}

describe('deploy/nginx.conf adds the app’s security headers to the static files', () => {
	it('the plain server: the same headers, with the same values, on the static files only', async () => {
		const { plain } = await servers();
		const locations = plain.blocks.map((block) => block.name);
		expect(locations).toContain(STATIC);
		expect(addedHeaders(plain.blocks.find((block) => block.name === STATIC)!)).toEqual(SECURITY_HEADERS);
		// Anywhere else they would come twice: the app sets them itself.
		expect(addedHeaders(plain)).toEqual({});
		expect(addedHeaders(plain.blocks.find((block) => block.name === 'location /')!)).toEqual({});
	});

	it('the TLS server: HSTS on every response, the static files with the full set', async () => {
		const { tls } = await servers();
		expect(tls.directives.find((directive) => directive.startsWith('listen'))).toMatch(/ ssl/);
		expect(addedHeaders(tls)).toEqual(HSTS);
		// nginx inherits add_header only into a block that sets none: `location /` gets HSTS from the server.
		expect(addedHeaders(tls.blocks.find((block) => block.name === 'location /')!)).toEqual({});
		expect(addedHeaders(tls.blocks.find((block) => block.name === STATIC)!)).toEqual({ ...HSTS, ...SECURITY_HEADERS });
	});
});

describe('the organizer area’s CSP allows WebAssembly, and nothing more', () => {
	it('adds wasm-unsafe-eval to script-src only, once', () => {
		const headers = new Headers({
			'content-security-policy': "default-src 'self'; script-src 'self' 'sha256-abc='; style-src 'self' 'unsafe-inline'"
		});
		allowWebAssembly(headers);
		allowWebAssembly(headers);
		expect(headers.get('content-security-policy')).toBe(
			"default-src 'self'; script-src 'wasm-unsafe-eval' 'self' 'sha256-abc='; style-src 'self' 'unsafe-inline'"
		);
	});

	it('adds no policy where there was none (a redirect, a file)', () => {
		const headers = new Headers();
		allowWebAssembly(headers);
		expect(headers.has('content-security-policy')).toBe(false);
	});
});

describe('Cross-Origin-Opener-Policy: on pages with one person’s data only', () => {
	const applied = (pathname: string) => {
		const headers = new Headers();
		applySecurityHeaders(headers, pathname);
		return Object.fromEntries(headers);
	};
	const lowerCase = (set: Record<string, string>) =>
		Object.fromEntries(Object.entries(set).map(([name, value]) => [name.toLowerCase(), value]));

	it.each(['/admin', '/admin/registrations', '/my/abc', '/ticket'])('%s gets it', (pathname) => {
		expect(applied(pathname)).toEqual(lowerCase({ ...SECURITY_HEADERS, ...PERSONAL_PAGE_HEADERS }));
	});

	it.each(['/', '/agenda', '/my-agenda', '/administration', '/register'])('%s does not', (pathname) => {
		expect(applied(pathname)).toEqual(lowerCase(SECURITY_HEADERS));
	});
});
