// deploy/nginx.conf as a test or benchmark runs it: this run's ports and, when asked, its TLS server
// uncommented with a certificate of the run's own. Every other line is the operators' file as it is.
import { readFile } from 'node:fs/promises';

export type NginxTls = { port: number; certificate: string; key: string };

/** A replacement that must happen: a line the file no longer has would otherwise leave a real port or path. */
function replaceOnce(config: string, pattern: RegExp | string, replacement: string, what: string): string {
	const changed = config.replace(pattern, replacement);
	if (changed === config) throw new Error(`deploy/nginx.conf: found no ${what} to replace`);
	return changed;
}

export function runnableNginxConfig(
	config: string,
	options: { instancePorts: number[]; proxyPort: number; tls?: NginxTls }
): string {
	const upstreams = options.instancePorts
		.map((port) => `\t\tserver 127.0.0.1:${port} max_fails=1 fail_timeout=5s;`)
		.join('\n');
	let runnable = replaceOnce(config, /(\t\tserver 127\.0\.0\.1:300\d[^\n]*\n)+/, `${upstreams}\n`, 'upstream servers');
	runnable = replaceOnce(runnable, 'listen 127.0.0.1:8080;', `listen 127.0.0.1:${options.proxyPort};`, 'plain listen');
	runnable = runnable.replace('worker_processes auto;', 'worker_processes 1;');
	if (options.tls) {
		const { port, certificate, key } = options.tls;
		runnable = replaceOnce(
			uncommentTls(runnable),
			/^(\s*)listen 443 ssl( http2)?;/m,
			`$1listen 127.0.0.1:${port} ssl$2;`,
			'TLS listen'
		);
		runnable = replaceOnce(
			runnable,
			/^(\s*)ssl_certificate \S+;/m,
			`$1ssl_certificate ${certificate};`,
			'ssl_certificate'
		);
		runnable = replaceOnce(
			runnable,
			/^(\s*)ssl_certificate_key \S+;/m,
			`$1ssl_certificate_key ${key};`,
			'ssl_certificate_key'
		);
	}
	return runnable;
}

/** The TLS server between the `# BEGIN TLS` and `# END TLS` lines, uncommented as the file tells operators to. */
export function uncommentTls(config: string): string {
	const block = /^\t# BEGIN TLS\n([\s\S]*?)^\t# END TLS\n/m;
	if (!block.test(config)) throw new Error('deploy/nginx.conf has no "# BEGIN TLS" ... "# END TLS" block');
	return config.replace(block, (_all, body: string) => body.replace(/^\t#$/gm, '').replace(/^\t# /gm, '\t'));
}

export function readNginxConfig(): Promise<string> {
	return readFile('deploy/nginx.conf', 'utf8');
}
