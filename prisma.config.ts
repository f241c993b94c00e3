// Prisma CLI configuration. One set of models, one schema folder and migration history per provider,
// chosen from DATABASE_URL like the app does (src/lib/server/db/provider.ts).
import { defineConfig } from 'prisma/config';
import { DEFAULT_DATABASE_URL, providerFromUrl } from './src/lib/server/db/provider';

const url = process.env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
const provider = providerFromUrl(url);

export default defineConfig({
	schema: `prisma/${provider}`,
	migrations: { path: `prisma/migrations/${provider}`, seed: 'tsx scripts/seed.ts' },
	datasource: { url }
});
