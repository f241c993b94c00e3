// No framework JavaScript here: hydrating this page would ship ~48 KB (brotli) of Svelte and SvelteKit
// runtime, over the 30 KB budget of a public page. The plain form does everything: the server validates,
// answers 400 with the messages, and the summary takes focus on its own (autofocus).
export const csr = false;
