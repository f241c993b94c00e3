// npm run test:unit:postgres: the unit and integration suite again, against a fresh PostgreSQL database
// on the server POSTGRES_URL names (created for this run, dropped afterwards). Skipped, saying so, when
// POSTGRES_URL is not set: `npm test` must pass on a machine without PostgreSQL. `.ci/run` sets it.
import { spawnSync } from 'node:child_process';
import pg from 'pg';

const serverUrl = process.env.POSTGRES_URL?.trim();
if (!serverUrl) {
	console.log(
		'Skipping the suite on PostgreSQL: POSTGRES_URL is not set (e.g. postgresql://postgres:postgres@127.0.0.1:5432/postgres).'
	);
	process.exit(0);
}

const name = `summit_test_${process.pid}_${Date.now()}`;
const testUrl = new URL(serverUrl);
testUrl.pathname = `/${name}`;

async function admin(sql: string): Promise<void> {
	const client = new pg.Client({ connectionString: serverUrl });
	await client.connect();
	try {
		await client.query(sql);
	} finally {
		await client.end();
	}
}

await admin(`CREATE DATABASE "${name}"`);
let status: number;
try {
	console.log(`The suite on PostgreSQL (database ${name}):`);
	const run = spawnSync('npx', ['vitest', 'run', ...process.argv.slice(2)], {
		stdio: 'inherit',
		env: { ...process.env, TEST_DATABASE_URL: testUrl.toString() }
	});
	status = run.status ?? 1;
} finally {
	await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}
process.exit(status);
