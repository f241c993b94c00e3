// Starting and stopping the production build for benchmarks, on loopback with its own database.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

/**
 * The seeded summit took place in June 2024, so on the real clock it is past and registration closed.
 * Benchmarks and tests that register see the site as it was on 1 June 2024, inside the seed's window.
 */
export const REGISTRATION_OPEN_CLOCK = '2024-06-01T10:00:00+08:00';

export type RunningServer = {
	url: string;
	process: ChildProcess;
	stop: () => Promise<void>;
	/** What the server wrote to stdout so far. */
	output: () => string;
	/** What it wrote to stderr so far (also passed on to this process's stderr). */
	errorOutput: () => string;
};

export function ensureBuild(): void {
	if (existsSync('build/index.js')) return;
	console.log('No build yet: building…');
	const build = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
	if (build.status !== 0) throw new Error('vite build failed');
}

export async function startServer(port: number, env: Record<string, string>): Promise<RunningServer> {
	const url = `http://127.0.0.1:${port}`;
	// BENCH_BUILD runs another build (another commit's, kept inside the checkout) to compare in one run.
	const child = spawn(process.execPath, [process.env.BENCH_BUILD ?? 'build'], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: url,
			SUMMIT_CLOCK: process.env.SUMMIT_CLOCK ?? REGISTRATION_OPEN_CLOCK,
			...env
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	let errorOutput = '';
	child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr?.on('data', (chunk: Buffer) => {
		errorOutput += chunk.toString();
		process.stderr.write(chunk);
	});
	await new Promise<void>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`server on ${port} did not start`)), 60_000);
		child.stdout?.on('data', (chunk: Buffer) => {
			if (chunk.toString().includes('Listening on')) {
				clearTimeout(timer);
				resolve();
			}
		});
		child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
	});
	const stop = () =>
		new Promise<void>((resolve) => {
			if (child.exitCode !== null || child.signalCode !== null) return resolve();
			child.once('exit', () => resolve());
			child.kill('SIGTERM');
		});
	return { url, process: child, stop, output: () => output, errorOutput: () => errorOutput };
}

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** CPU seconds (user + system) a process has used so far, all its threads; 0 once it is gone. */
export function cpuSeconds(pid: number): number {
	return cpuSecondsOf(`/proc/${pid}/stat`);
}

/**
 * CPU seconds of a process's first thread only: in the app, the one that answers requests (the mail
 * drainer has a thread of its own, src/lib/server/mail/drainer-thread.ts).
 */
export function requestThreadCpuSeconds(pid: number): number {
	return cpuSecondsOf(`/proc/${pid}/task/${pid}/stat`);
}

function cpuSecondsOf(statFile: string): number {
	try {
		const fields = statFields(statFile);
		return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
	} catch {
		return 0;
	}
}

/**
 * The fields of a /proc stat file (a process's or a thread's) after the command name, which may hold
 * spaces: index 0 is field 3 of proc(5) (the state), 11 and 12 the user and system time, 16 the nice value.
 */
export function statFields(statFile: string): string[] {
	const stat = readFileSync(statFile, 'utf8');
	return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

/**
 * The whole machine's CPU so far, busy and in all, in seconds summed over its cores (/proc/stat's first
 * line): how much of the machine a measurement left idle, whoever used the rest.
 */
export function machineCpuSeconds(): { busy: number; total: number } {
	try {
		const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/);
		// user nice system idle iowait irq softirq steal: idle and iowait are the idle ones.
		const [user, nice, system, idle, iowait, irq, softirq, steal] = ticks.map(Number) as number[];
		const busy = user! + nice! + system! + irq! + softirq! + steal!;
		return { busy: busy / TICKS_PER_SECOND, total: (busy + idle! + iowait!) / TICKS_PER_SECOND };
	} catch {
		return { busy: 0, total: 0 };
	}
}

/** The share of the machine's CPU busy since `before` (a reading of machineCpuSeconds). */
export function busyShareSince(before: { busy: number; total: number }): number {
	const now = machineCpuSeconds();
	return (now.busy - before.busy) / (now.total - before.total || 1);
}
