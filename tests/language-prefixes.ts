// The site's languages as URL prefixes: English unprefixed, 繁體中文 and 简体中文 under their own.
export const LANGUAGE_PREFIXES = ['', '/zh-hk', '/zh-cn'] as const;
export const CHINESE_PREFIXES = ['/zh-hk', '/zh-cn'] as const;

/** `path` in the language of `prefix`: the home page in Chinese is the prefix alone. */
export function inLanguage(prefix: string, path: string): string {
	return prefix && path === '/' ? prefix : prefix + path;
}
