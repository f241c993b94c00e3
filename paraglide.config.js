// Paraglide JS compiles messages/ into typed message functions (src/lib/paraglide, generated), with these
// options in the Vite build (vite.config.ts) and in `npm run i18n:compile` (scripts/i18n-compile.js) alike.
// The language comes from the URL: English unprefixed, the others under their prefix (/zh-hk/agenda); a
// language's home page is /zh-hk, which is SvelteKit's own address for it (it redirects /zh-hk/).
/** @type {import('@inlang/paraglide-js').CompilerOptions} */
export const paraglideOptions = {
	project: './project.inlang',
	outdir: './src/lib/paraglide',
	strategy: ['url', 'baseLocale'],
	trailingSlash: 'never'
};
