// Generates both Prisma clients offline. The CLI insists on downloading a native schema engine
// before `generate`; any existing file satisfies it. It must be one that fails, because with a
// succeeding stub `migrate deploy` would report success and do nothing (see shared toolchain notes).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const failingEngine = fileURLToPath(new URL('./no-schema-engine.sh', import.meta.url));
for (const provider of ['sqlite', 'postgres']) {
	execFileSync('npx', ['prisma', 'generate', '--schema', `prisma/${provider}`], {
		stdio: 'inherit',
		env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: failingEngine, PRISMA_HIDE_UPDATE_MESSAGE: '1' }
	});
}
