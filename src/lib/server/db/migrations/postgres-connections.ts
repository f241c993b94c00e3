// PostgreSQL connections for the schema engine, working around three gaps of @prisma/adapter-pg 7.10.0:
// catalog columns of type "char" it cannot read, scripts it cuts at every semicolon, and a shadow
// database it cannot create and remove.
import { randomUUID } from 'node:crypto';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { overrideConnection } from './schema-engine';

const CHAR_OID = 18;
const TEXT_OID = 25;

/**
 * Connections for migrating the database at `url`. Shadow databases (needed to replay the history when
 * diffing) are created beside it, on the same server, so the role needs CREATEDB.
 */
export function postgresMigrationFactory(url: string): SqlMigrationAwareDriverAdapterFactory {
	return {
		provider: 'postgres',
		adapterName: '@prisma/adapter-pg',
		connect: () => connectTo(url),
		connectToShadowDb: () => connectToScratchDatabase(url)
	};
}

async function connectTo(url: string): Promise<SqlDriverAdapter> {
	const connection = await new PrismaPg(catalogPool(url), { disposeExternalPool: true }).connect();
	return overrideConnection(connection, {
		// The adapter's executeScript splits a migration at every `;`, even inside a string literal or a
		// function body, and runs the pieces one by one. A query without parameters goes to the server
		// whole (simple query protocol), which also runs it as one implicit transaction, as the native
		// engine does.
		executeScript: async (script) => {
			await connection.executeRaw({ sql: script, args: [], argTypes: [] });
		}
	});
}

/**
 * One connection, like the native engine uses: session state (the advisory lock that makes concurrent
 * deploys queue, search_path) then stays on one session.
 */
function catalogPool(url: string): pg.Pool {
	return new pg.Pool({ connectionString: url, max: 1, Client: CharAsTextClient });
}

/**
 * The engine's catalog queries return columns of the internal type "char" (OID 18), which the adapter
 * rejects (`Column type 'char' could not be deserialized`); pg already reads them as strings, so
 * reporting them as text is exact.
 */
class CharAsTextClient extends pg.Client {}
const clientQuery = pg.Client.prototype.query;
CharAsTextClient.prototype.query = function query(this: pg.Client, ...args: unknown[]): unknown {
	const last = args.length - 1;
	const callback = args[last];
	if (typeof callback === 'function') {
		args[last] = (error: unknown, result: unknown) => callback(error, reportCharAsText(result));
	}
	const returned: unknown = Reflect.apply(clientQuery, this, args);
	return returned instanceof Promise ? returned.then(reportCharAsText) : returned;
} as unknown as typeof clientQuery;

function reportCharAsText(result: unknown): unknown {
	for (const part of Array.isArray(result) ? result : [result]) {
		const fields: unknown = typeof part === 'object' && part !== null ? Reflect.get(part, 'fields') : null;
		if (!Array.isArray(fields)) continue;
		for (const field of fields as unknown[]) {
			if (typeof field === 'object' && field !== null && Reflect.get(field, 'dataTypeID') === CHAR_OID) {
				Reflect.set(field, 'dataTypeID', TEXT_OID);
			}
		}
	}
	return result;
}

/**
 * A new, uniquely named database that disappears when the engine lets go of it. PrismaPg's own
 * connectToShadowDb connects to the main database when given a connection string, and drops the shadow
 * database while its pool still holds it.
 */
async function connectToScratchDatabase(serverUrl: string): Promise<SqlDriverAdapter> {
	const name = `prisma_shadow_${randomUUID().replaceAll('-', '')}`;
	await runOnServer(serverUrl, `CREATE DATABASE "${name}"`);
	const scratchUrl = new URL(serverUrl);
	scratchUrl.pathname = `/${name}`;
	const drop = () => runOnServer(serverUrl, `DROP DATABASE IF EXISTS "${name}"`);
	let connection: SqlDriverAdapter;
	try {
		connection = await connectTo(scratchUrl.toString());
	} catch (error) {
		await drop();
		throw error;
	}
	return overrideConnection(connection, {
		dispose: async () => {
			await connection.dispose();
			await drop();
		}
	});
}

async function runOnServer(url: string, sql: string): Promise<void> {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		await client.query(sql);
	} finally {
		await client.end();
	}
}
