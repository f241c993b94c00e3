// npm run db:seed: writes the sample summit where it is missing; changes nothing that exists.
import { createDatabase, prepareDatabase } from '../src/lib/server/db/client';
import { settings } from '../src/lib/server/config';
import { seedSummit } from '../src/lib/server/seed/seed';

const url = settings().databaseUrl;
const db = createDatabase(url);
try {
	await prepareDatabase(db, url);
	const { eventId } = await seedSummit(db);
	console.log(`Seeded the sample summit (event ${eventId}) into ${url}.`);
} catch (error) {
	console.error('Seeding failed:', error instanceof Error ? error.message : error);
	console.error('Are the migrations applied? Run `npm run db:migrate` first.');
	process.exitCode = 1;
} finally {
	await db.$disconnect();
}
