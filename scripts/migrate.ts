// npm run db:migrate: applies pending migrations to DATABASE_URL (default: the SQLite file in data/).
import { applyMigrations } from '../src/lib/server/db/migrations';
import { settings } from '../src/lib/server/config';

const url = settings().databaseUrl;
const started = performance.now();
try {
	const { applied } = await applyMigrations(url);
	const took = `${Math.round(performance.now() - started)} ms`;
	if (applied.length === 0) console.log(`${redact(url)}: already current, nothing applied (${took})`);
	else console.log(`${redact(url)}: applied ${applied.length} (${took})\n${applied.map((n) => `  ${n}`).join('\n')}`);
	// The schema engine leaves a 10 s timer behind; do not wait for it.
	process.exit(0);
} catch (error) {
	console.error(`Migrating ${redact(url)} failed.\n${error instanceof Error ? error.message : String(error)}`);
	process.exit(1);
}

function redact(url: string): string {
	return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
