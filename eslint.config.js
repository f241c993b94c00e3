// ESLint as the `sv` template sets it up: JavaScript, typescript-eslint and eslint-plugin-svelte
// recommendations, with Prettier owning the layout.
import { fileURLToPath } from 'node:url';
import { includeIgnoreFile } from '@eslint/compat';
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

const gitignorePath = fileURLToPath(new URL('./.gitignore', import.meta.url));

export default defineConfig(
	includeIgnoreFile(gitignorePath),
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// typescript-eslint's advice: TypeScript itself reports undefined names, better.
			'no-undef': 'off',
			// A leading underscore names what a destructuring leaves out on purpose.
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }
			],
			// The site is served at the root (no paths.base), so resolve() would change no link; links get the
			// reader's language prefix from Paraglide's localizeHref when a second language arrives.
			'svelte/no-navigation-without-resolve': 'off',
			// {' '} is how a space survives Svelte's trimming at the edge of a block.
			'svelte/no-useless-mustaches': 'off',
			'no-restricted-imports': [
				'error',
				{
					paths: [
						{
							name: '$lib/paraglide/runtime',
							importNames: ['localizeHref'],
							message: "Import localizeHref from '$lib/i18n/href', which keeps its answers."
						}
					]
				}
			]
		}
	},
	{
		files: ['**/*.ts', '**/*.svelte'],
		// TypeScript's noFallthroughCasesInSwitch (tsconfig.json) knows that SvelteKit's redirect() and
		// error() never return; ESLint's rule does not.
		rules: { 'no-fallthrough': 'off' }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig }
		}
	}
);
