// Runs Prisma's schema engine (the one behind `prisma migrate`) as WebAssembly inside this process, over a
// driver adapter, so migrations need neither the native engine binary nor a download.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import {
	bindMigrationAwareSqlAdapterFactory,
	type ErrorRegistry,
	type SqlDriverAdapter,
	type SqlMigrationAwareDriverAdapterFactory
} from '@prisma/driver-adapter-utils';
import type { SchemaEngine } from '@prisma/schema-engine-wasm/schema_engine_bg';

export type { SchemaEngine };
export type SchemaFile = { path: string; content: string };

let engineClass: Promise<typeof SchemaEngine> | undefined;

/**
 * The package's own entry imports the .wasm as an ES module, which Node 20 cannot do, so the module is
 * compiled here from the file beside the bindings (the way @prisma/internals does it). wasm-bindgen keeps
 * the instance in module state, so this happens once per process.
 */
function loadSchemaEngine(): Promise<typeof SchemaEngine> {
	engineClass ??= instantiate().catch((error: unknown) => {
		engineClass = undefined;
		throw error;
	});
	return engineClass;
}

async function instantiate(): Promise<typeof SchemaEngine> {
	const bindings = await import('@prisma/schema-engine-wasm/schema_engine_bg');
	// Resolved from this file, so it also works from the bundled server in build/server/chunks (the package
	// stays external there and lives in node_modules). The .wasm itself is not in the package's exports.
	const require = createRequire(import.meta.url);
	const bindingsPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
	const wasm = await WebAssembly.compile(
		await readFile(path.join(path.dirname(bindingsPath), 'schema_engine_bg.wasm'))
	);
	const instance = await WebAssembly.instantiate(wasm, { './schema_engine_bg.js': bindings });
	bindings.__wbg_set_wasm(instance.exports);
	const start = instance.exports.__wbindgen_start;
	if (typeof start !== 'function') throw new Error('schema engine wasm: __wbindgen_start is missing');
	start();
	return bindings.SchemaEngine;
}

/**
 * Gives `work` a schema engine connected through `factory`, then frees the engine and closes every
 * connection it opened. The engine never closes its connections itself, and on SQLite it takes
 * `locking_mode=EXCLUSIVE`: left open, the app's own client in this process would get SQLITE_BUSY.
 */
export async function withSchemaEngine<T>(
	factory: SqlMigrationAwareDriverAdapterFactory,
	schemaFiles: SchemaFile[],
	work: (engine: SchemaEngine) => Promise<T>
): Promise<T> {
	const Engine = await loadSchemaEngine();
	const connections = new TrackedConnections(factory);
	const bound = bindMigrationAwareSqlAdapterFactory(connections);
	let engine: SchemaEngine | undefined;
	let outcome: { ok: true; value: T } | { ok: false; error: Error };
	try {
		engine = await Engine.new(
			{ datamodels: schemaFiles.map((file): [string, string] => [file.path, file.content]) },
			logEngineMessage,
			bound
		);
		outcome = { ok: true, value: await work(engine) };
	} catch (error) {
		outcome = { ok: false, error: explainEngineError(error, bound.errorRegistry) };
	}
	engine?.free();
	try {
		await connections.disposeAll();
	} catch (error) {
		// The engine's own failure is the one worth reporting; a failed close only after a success.
		if (outcome.ok) throw error;
	}
	if (!outcome.ok) throw outcome.error;
	return outcome.value;
}

// DEBUG_SCHEMA_ENGINE=1 prints the engine's own log: JSON lines naming every step and statement.
function logEngineMessage(message: string): void {
	if (process.env.DEBUG_SCHEMA_ENGINE) console.error('[schema-engine]', message);
}

class TrackedConnections implements SqlMigrationAwareDriverAdapterFactory {
	readonly provider: SqlMigrationAwareDriverAdapterFactory['provider'];
	readonly adapterName: string;
	readonly #factory: SqlMigrationAwareDriverAdapterFactory;
	readonly #open: SqlDriverAdapter[] = [];

	constructor(factory: SqlMigrationAwareDriverAdapterFactory) {
		this.#factory = factory;
		this.provider = factory.provider;
		this.adapterName = factory.adapterName;
	}

	async connect(): Promise<SqlDriverAdapter> {
		return this.#track(await this.#factory.connect());
	}

	async connectToShadowDb(): Promise<SqlDriverAdapter> {
		const connection = this.#track(await this.#factory.connectToShadowDb());
		// The engine replays each migration file on the shadow database with one argument-less executeRaw,
		// which better-sqlite3 refuses for more than one statement; executeScript runs a whole script.
		return this.provider === 'sqlite' ? runScriptsAsScripts(connection) : connection;
	}

	/** The engine closes some connections itself (the shadow database's), so closing must be idempotent. */
	#track(connection: SqlDriverAdapter): SqlDriverAdapter {
		let closing: Promise<void> | undefined;
		const tracked = overrideConnection(connection, { dispose: () => (closing ??= connection.dispose()) });
		this.#open.push(tracked);
		return tracked;
	}

	/** Closes every connection, newest first; one failing close does not keep the others open. */
	async disposeAll(): Promise<void> {
		const failures: unknown[] = [];
		for (const connection of this.#open.splice(0).reverse()) {
			await connection.dispose().catch((error: unknown) => failures.push(error));
		}
		if (failures.length > 0) {
			throw new AggregateError(failures, 'closing the schema engine connections failed');
		}
	}
}

function runScriptsAsScripts(connection: SqlDriverAdapter): SqlDriverAdapter {
	return overrideConnection(connection, {
		executeRaw: async (query) => {
			if (query.args.length > 0) return connection.executeRaw(query);
			await connection.executeScript(query.sql);
			return 0;
		}
	});
}

/** A connection that behaves like `connection` except for the methods in `overrides`. */
export function overrideConnection(
	connection: SqlDriverAdapter,
	overrides: Partial<Pick<SqlDriverAdapter, 'executeRaw' | 'executeScript' | 'dispose'>>
): SqlDriverAdapter {
	return {
		provider: connection.provider,
		adapterName: connection.adapterName,
		queryRaw: (query) => connection.queryRaw(query),
		executeRaw: overrides.executeRaw ?? ((query) => connection.executeRaw(query)),
		executeScript: overrides.executeScript ?? ((script) => connection.executeScript(script)),
		startTransaction: (isolationLevel) => connection.startTransaction(isolationLevel),
		getConnectionInfo: connection.getConnectionInfo?.bind(connection),
		dispose: overrides.dispose ?? (() => connection.dispose())
	};
}

/**
 * The engine reports a driver's failure only as `External error id#N`; the driver's own error waits in
 * the adapter's registry under that id.
 */
function explainEngineError(error: unknown, registry: ErrorRegistry): Error {
	const message = error instanceof Error ? error.message : String(error);
	const causes: string[] = [];
	for (const match of message.matchAll(/External error id#(\d+)/g)) {
		const record = registry.consumeError(Number(match[1]));
		if (record) causes.push(describeDriverError(record.error));
	}
	const detail = causes.length > 0 ? `${message}\ncaused by: ${causes.join('\ncaused by: ')}` : message;
	return new Error(`schema engine: ${detail}`, { cause: error });
}

function describeDriverError(error: unknown): string {
	const message = error instanceof Error ? error.message : String(error);
	// A DriverAdapterError carries the details (kind, database code) in `cause`.
	const cause = error instanceof Error ? error.cause : undefined;
	if (cause === undefined || cause === null || typeof cause !== 'object') return message;
	try {
		return `${message} ${JSON.stringify(cause)}`;
	} catch {
		return message;
	}
}
