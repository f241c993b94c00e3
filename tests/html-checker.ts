// The Nu Html Checker (vnu.jar from the vnu-jar package) over many documents in one run: one JVM start
// checks them all, where a start per page would cost seconds each. It needs Java; the package's own
// launcher would try to download one, so this calls `java` (or $JAVA_HOME/bin/java) directly and says
// when there is none.
import { execFile, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

export type CheckerMessage = {
	page: string;
	type: 'error' | 'warning' | 'info';
	message: string;
	line?: number;
	extract?: string;
};

type VnuReport = {
	messages: { type: string; subType?: string; url?: string; message: string; lastLine?: number; extract?: string }[];
};

const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

/** The java command, or null when this machine has none. */
export function findJava(): string | null {
	const candidates = [process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : null, 'java'];
	for (const candidate of candidates) {
		if (candidate && spawnSync(candidate, ['-version'], { stdio: 'ignore' }).status === 0) return candidate;
	}
	return null;
}

/** Checks each document (page name: its HTML) and returns every message, tagged with its page. */
export async function checkHtml(java: string, documents: Map<string, string>): Promise<CheckerMessage[]> {
	const folder = await mkdtemp(join(tmpdir(), 'summit-vnu-'));
	try {
		// vnu names each file by its URL (file:/tmp/...): the file's own name leads back to the page.
		const pageOfFile = new Map<string, string>();
		const files: string[] = [];
		for (const [page, html] of documents) {
			const name = `page-${String(files.length + 1).padStart(3, '0')}.html`;
			files.push(join(folder, name));
			await writeFile(files.at(-1)!, html);
			pageOfFile.set(name, page);
		}
		const stdout = await new Promise<string>((resolve, reject) => {
			execFile(
				java,
				// C1 only: a short run spends most of its time compiling otherwise (about 2.5x the CPU here). vnu's
				// schema needs a deep stack, deeper still with C1 code.
				[
					'-XX:TieredStopAtLevel=1',
					'-XX:+UseSerialGC',
					'-Xss4m',
					'-jar',
					vnuJar,
					'--format',
					'json',
					'--stdout',
					'--exit-zero-always',
					...files
				],
				{ maxBuffer: 64 * 1024 * 1024 },
				(error, out, err) => (error ? reject(new Error(`${error.message}\n${err}`)) : resolve(out))
			);
		});
		const report = JSON.parse(stdout) as VnuReport;
		return report.messages.map((message) => ({
			page: pageOfFile.get(basename(message.url ?? '')) ?? message.url ?? '(no page)',
			// vnu's own levels: error, info with subType warning, plain info.
			type:
				message.type === 'error' || message.type === 'non-document-error'
					? 'error'
					: message.subType === 'warning'
						? 'warning'
						: 'info',
			message: message.message,
			line: message.lastLine,
			extract: message.extract
		}));
	} finally {
		await rm(folder, { recursive: true, force: true });
	}
}
