// Prisma's known request errors by code. Duck-typed: the SQLite and PostgreSQL clients each have their
// own error class, while the codes are shared. P2002 unique, P2003 foreign key, P2025 not found.
export function isPrismaError(error: unknown, code: 'P2002' | 'P2003' | 'P2025'): boolean {
	return typeof error === 'object' && error !== null && 'code' in error && (error as { code: unknown }).code === code;
}
