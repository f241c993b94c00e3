// What load balancers ask: is the process alive (healthz), and may it take traffic (readyz: the
// database answers and has every migration this build needs). Both are tiny and never cached.
import { db } from './db';
import { migrationStatus } from './db/migrations';
import { settings } from './config';

export type Readiness = {
	ready: boolean;
	database: 'ok' | 'unreachable';
	migrations: 'current' | 'pending' | 'unknown';
};

// The migration check opens a connection of its own: probes every second or two need not repeat it.
const MIGRATIONS_CHECKED_FOR_MS = 5_000;
let migrationsChecked: { current: boolean; at: number } | null = null;

export async function readiness(now = Date.now()): Promise<Readiness> {
	try {
		await db.$queryRawUnsafe('SELECT 1');
	} catch {
		return { ready: false, database: 'unreachable', migrations: 'unknown' };
	}
	if (!migrationsChecked || now - migrationsChecked.at > MIGRATIONS_CHECKED_FOR_MS || !migrationsChecked.current) {
		try {
			const { current } = await migrationStatus(settings().databaseUrl);
			migrationsChecked = { current, at: now };
		} catch {
			return { ready: false, database: 'ok', migrations: 'unknown' };
		}
	}
	const current = migrationsChecked.current;
	return { ready: current, database: 'ok', migrations: current ? 'current' : 'pending' };
}

export const probeHeaders = { 'content-type': 'application/json', 'cache-control': 'no-store' };
