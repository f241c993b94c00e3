// Which database a DATABASE_URL names. Pure, so the Prisma config, scripts and the app agree.
export type DatabaseProvider = 'sqlite' | 'postgres';

export const DEFAULT_DATABASE_URL = 'file:./data/summit.db';

export function providerFromUrl(url: string): DatabaseProvider {
	return /^postgres(ql)?:\/\//i.test(url) ? 'postgres' : 'sqlite';
}

/** The file path of a SQLite URL (`file:./data/summit.db` or a bare path). */
export function sqliteFilePath(url: string): string {
	return url.replace(/^file:/, '');
}
