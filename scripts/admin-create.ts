// npm run admin:create -- --email <email> --name <name> [--role admin|editor|checkin]
// Creates an organizer account (by default the first admin). The password comes from ADMIN_PASSWORD or
// is asked for, never from the command line (it would stay in the shell's history) and never a default.
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { createUser } from '../src/lib/server/auth/users';
import { isRole, ROLES } from '../src/lib/server/auth/roles';
import { PASSWORD_MIN_LENGTH } from '../src/lib/server/auth/password';
import { migrateDatabase } from '../src/lib/server/db/migrations';
import { db, prepareAppDatabase } from '../src/lib/server/db';
import { settings } from '../src/lib/server/config';

const usage = `usage: npm run admin:create -- --email <email> --name <name> [--role ${ROLES.join('|')}]
The password is read from ADMIN_PASSWORD, or asked for when that is not set.`;

function fail(message: string): never {
	console.error(message);
	process.exit(1);
}

let options: { email?: string; name?: string; role?: string };
try {
	({ values: options } = parseArgs({
		options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string', default: 'admin' } },
		strict: true
	}));
} catch (error) {
	fail(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
}
const email = options.email?.trim();
const name = options.name?.trim();
const role = options.role ?? 'admin';
if (!email || !name) fail(usage);
if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) fail(`"${email}" is not an email address.`);
if (!isRole(role)) fail(`--role must be one of ${ROLES.join(', ')}.`);

/** Asks without echoing what is typed. */
function askHidden(question: string): Promise<string> {
	let muted = false;
	const output = new Writable({
		write(chunk, _encoding, done) {
			if (!muted) process.stdout.write(chunk);
			done();
		}
	});
	const rl = createInterface({ input: process.stdin, output, terminal: true });
	return new Promise((resolve) => {
		rl.question(question, (answer) => {
			rl.close();
			process.stdout.write('\n');
			resolve(answer);
		});
		muted = true;
	});
}

async function readPassword(): Promise<string> {
	const fromEnv = process.env.ADMIN_PASSWORD;
	if (fromEnv) return fromEnv;
	if (!process.stdin.isTTY) fail('Set ADMIN_PASSWORD, or run this in a terminal to be asked for the password.');
	const first = await askHidden(`Password for ${email} (at least ${PASSWORD_MIN_LENGTH} characters): `);
	const second = await askHidden('Repeat the password: ');
	if (first !== second) fail('The two passwords differ; nothing was created.');
	return first;
}

// On a fresh install the tables may not exist yet: migrate as the server does at start-up. When the
// database is current (the site is running), the schema engine is not even started.
await migrateDatabase(settings().databaseUrl);
await prepareAppDatabase();

const password = await readPassword();
const result = await createUser({ email, name, role, password });
await db.$disconnect();
if (!result.ok) {
	if (result.error === 'email-taken') fail(`An organizer with the email ${email} already exists; nothing was created.`);
	fail(
		`The password is ${result.error === 'too-short' ? `shorter than ${PASSWORD_MIN_LENGTH}` : 'longer than 256'} characters; nothing was created.`
	);
}
console.log(`Created ${result.user.role} ${result.user.name} <${result.user.email}>. Sign in at /admin/login.`);
process.exit(0);
