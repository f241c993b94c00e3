// Headers every response carries beside SvelteKit's Content-Security-Policy (kit.csp in svelte.config.js).
export const SECURITY_HEADERS: Record<string, string> = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'X-Frame-Options': 'DENY',
	'Permissions-Policy': 'camera=(self), microphone=(), geolocation=(), interest-cohort=()'
};

/**
 * Pages that show one person's data: their registration and ticket, and the organizer area. Cross-Origin-
 * Opener-Policy keeps another site's window from holding a handle on them (cross-site leaks). Public pages
 * hold nothing to leak, and there the header would cost every first visit a fresh renderer process: in
 * Lighthouse's mobile run on this machine, 150–300 ms more blocking time per page (README, "Fast pages").
 */
export const PERSONAL_PAGE_HEADERS: Record<string, string> = { 'Cross-Origin-Opener-Policy': 'same-origin' };
const PERSONAL_PAGE = /^\/(?:admin|my|ticket)(?:\/|$)/;

/**
 * Whether a page shows one person's data (see above); such pages are also never compressed (compression.ts).
 * @param pathname without the language prefix
 */
export function isPersonalPage(pathname: string): boolean {
	return PERSONAL_PAGE.test(pathname);
}

/** @param pathname without the language prefix */
export function applySecurityHeaders(headers: Headers, pathname: string): void {
	const set = isPersonalPage(pathname) ? { ...SECURITY_HEADERS, ...PERSONAL_PAGE_HEADERS } : SECURITY_HEADERS;
	for (const [name, value] of Object.entries(set)) {
		if (!headers.has(name)) headers.set(name, value);
	}
}

/**
 * The organizer area may compile WebAssembly: the check-in desk reads QR codes with ZXing where the browser
 * has no BarcodeDetector (src/routes/admin/check-in/qr-decoder.ts). 'wasm-unsafe-eval' allows compiling
 * WebAssembly only, not JavaScript's eval. The whole area gets it, not the one page, because its pages are
 * reached by client-side navigation, which keeps the CSP of the page first loaded; public pages never do.
 */
export function allowWebAssembly(headers: Headers): void {
	const policy = headers.get('content-security-policy');
	if (!policy || policy.includes("'wasm-unsafe-eval'")) return;
	headers.set('content-security-policy', policy.replace(/(^|;\s*)script-src\b/, "$1script-src 'wasm-unsafe-eval'"));
}
