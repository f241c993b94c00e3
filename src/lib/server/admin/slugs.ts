// Web addresses made from names and titles: "Prof. Zoë Lam" → "prof-zoe-lam". Pure.
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX_LENGTH = 80;

export function slugify(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, SLUG_MAX_LENGTH)
		.replace(/-+$/, '');
}

/** The first of base, base-2, base-3 … not yet taken; `fallback` when the text has no Latin letters. */
export function availableSlug(text: string, taken: Set<string>, fallback: string): string {
	const base = slugify(text) || fallback;
	if (!taken.has(base)) return base;
	for (let n = 2; ; n++) {
		const candidate = `${base.slice(0, SLUG_MAX_LENGTH - String(n).length - 1)}-${n}`;
		if (!taken.has(candidate)) return candidate;
	}
}
