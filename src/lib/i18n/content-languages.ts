// Each language by its own name, as a reader of it looks for it (never translated: 繁體中文 is 繁體中文 on
// an English page too). The organizer's translation fields and quotes' language choice use them.
import type { Locale } from '$lib/paraglide/runtime';

export const LANGUAGE_NAMES = {
	en: 'English',
	'zh-hk': '繁體中文',
	'zh-cn': '简体中文'
} as const satisfies Record<Locale, string>;
