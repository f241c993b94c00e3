// npm start: build if the build is missing or older than the sources, then serve it with `node build`.
// The server itself applies pending migrations and seeds an empty database before it listens
// (src/hooks.server.ts), so this works on a fresh clone and on every later start.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_DATABASE_URL } from '../src/lib/server/db/provider';

const SOURCES = [
	'src',
	'static',
	'prisma',
	'messages',
	'project.inlang/settings.json',
	'svelte.config.js',
	'vite.config.ts',
	'package.json'
];
// Written by every build and check (Prisma's client, Paraglide's messages): no change of source.
const GENERATED = new Set(['generated', 'paraglide']);

function newestChange(path: string): number {
	if (!existsSync(path)) return 0;
	const stats = statSync(path);
	if (!stats.isDirectory()) return stats.mtimeMs;
	return readdirSync(path)
		.filter((name) => !GENERATED.has(name))
		.reduce((newest, name) => Math.max(newest, newestChange(join(path, name))), stats.mtimeMs);
}

const builtAt = existsSync('build/index.js') ? statSync('build/index.js').mtimeMs : 0;
if (builtAt === 0 || Math.max(...SOURCES.map(newestChange)) > builtAt) {
	console.log(builtAt === 0 ? 'No build yet: building the site…' : 'Sources changed since the last build: rebuilding…');
	const build = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
	if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = process.env.PORT?.trim() || '3000';
const host = process.env.HOST?.trim() || '0.0.0.0';
// On your own machine the site is at http://localhost:<PORT>. The server takes every absolute URL (mail,
// calendars, canonical links) and the check on form posts from ORIGIN, never from a request's Host header.
const origin = process.env.ORIGIN?.trim() || `http://localhost:${port}`;
// Speaker photos (up to PHOTO_MAX_MB, 5 by default) need more than adapter-node's 512 KB body limit.
const env = {
	...process.env,
	PORT: port,
	HOST: host,
	ORIGIN: origin,
	DATABASE_URL: process.env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL,
	BODY_SIZE_LIMIT: process.env.BODY_SIZE_LIMIT || '6M'
};
console.log(`Starting the summit site on ${env.DATABASE_URL}…`);
if (!process.env.ORIGIN?.trim()) {
	console.log(
		`ORIGIN is not set: the site's address is ${origin}. Set ORIGIN when others reach it by another address.`
	);
}

const server = spawn(process.execPath, ['build'], { stdio: ['inherit', 'pipe', 'inherit'], env });
server.stdout.on('data', (chunk: Buffer) => {
	process.stdout.write(chunk);
	if (chunk.toString().includes('Listening on')) {
		console.log(`\n  Open ${origin} in your browser.\n`);
	}
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
