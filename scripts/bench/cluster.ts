// Pieces of a scaled-out deployment on loopback, shared by the multi-instance test and the benchmark:
// free ports, a fresh PostgreSQL database, and the repository's nginx configuration in front of N instances.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import pg from 'pg';
import { readNginxConfig, runnableNginxConfig, type NginxTls } from './nginx-config';

export const nginxBinary = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((path) => existsSync(path));

export async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	await new Promise((resolve) => server.close(resolve));
	return port;
}

export async function waitUntil(condition: () => Promise<boolean> | boolean, ms: number, every = 50): Promise<boolean> {
	const until = Date.now() + ms;
	while (!(await condition())) {
		if (Date.now() > until) return false;
		await new Promise((resolve) => setTimeout(resolve, every));
	}
	return true;
}

/**
 * A certificate for 127.0.0.1 valid for a day, made with openssl, for running the TLS server of
 * deploy/nginx.conf on loopback; null where openssl is missing. Clients trust it through `certificate`.
 */
export function selfSignedCertificate(folder: string): { certificate: string; key: string } | null {
	if (spawnSync('openssl', ['version'], { stdio: 'ignore' }).status !== 0) return null;
	const certificate = join(folder, 'loopback.crt');
	const key = join(folder, 'loopback.key');
	execFileSync(
		'openssl',
		[
			'req',
			'-x509',
			'-newkey',
			'rsa:2048',
			'-nodes',
			'-days',
			'1',
			'-subj',
			'/CN=127.0.0.1',
			'-addext',
			'subjectAltName=IP:127.0.0.1',
			'-keyout',
			key,
			'-out',
			certificate
		],
		{ stdio: 'ignore' }
	);
	return { certificate, key };
}

/** A new, empty database on the server POSTGRES_URL names; drop() removes it again. */
export async function createPostgresDatabase(serverUrl: string, label: string) {
	const name = `summit_${label}_${process.pid}_${Date.now()}`;
	const admin = new pg.Client({ connectionString: serverUrl });
	await admin.connect();
	await admin.query(`CREATE DATABASE "${name}"`);
	await admin.end();
	const url = new URL(serverUrl);
	url.pathname = `/${name}`;
	return {
		url: url.toString(),
		drop: async () => {
			const client = new pg.Client({ connectionString: serverUrl });
			await client.connect();
			await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
			await client.end();
		}
	};
}

/** deploy/nginx.conf with this run's ports, in front of the given instance ports; with `tls`, its HTTPS server too. */
export async function startNginx(folder: string, instancePorts: number[], proxyPort?: number, tls?: NginxTls) {
	if (!nginxBinary) throw new Error('nginx is not installed (apt-get install nginx)');
	proxyPort ??= await freePort();
	const config = runnableNginxConfig(await readNginxConfig(), { instancePorts, proxyPort, tls });
	await writeFile(join(folder, 'nginx.conf'), config);
	const proxy = spawn(
		nginxBinary,
		['-p', folder, '-c', join(folder, 'nginx.conf'), '-e', 'stderr', '-g', 'daemon off;'],
		{
			stdio: ['ignore', 'ignore', 'inherit']
		}
	);
	const url = `http://127.0.0.1:${proxyPort}`;
	if (
		!(await waitUntil(
			() =>
				fetch(`${url}/nginx-healthz`).then(
					(r) => r.ok,
					() => false
				),
			10_000
		))
	)
		throw new Error('nginx did not start');
	return {
		url,
		tlsUrl: tls ? `https://127.0.0.1:${tls.port}` : null,
		/** nginx's processes: the master and its workers (which do the proxying). */
		pids: async () => {
			if (!proxy.pid || proxy.exitCode !== null) return [];
			const children = await readFile(`/proc/${proxy.pid}/task/${proxy.pid}/children`, 'utf8').catch(() => '');
			return [proxy.pid, ...children.split(' ').filter(Boolean).map(Number)];
		},
		stop: async () => {
			if (proxy.exitCode !== null) return;
			const exited = new Promise((resolve) => proxy.once('exit', resolve));
			proxy.kill('SIGQUIT');
			await exited;
		}
	};
}
