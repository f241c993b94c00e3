// Hong Kong Traditional to mainland Simplified with OpenCC (opencc-js). Its dictionaries become a trie
// when the converter is built, which takes a moment: built once, on first use, not when the module loads.
import { Converter } from 'opencc-js/t2cn';

let hongKongToMainland: ((text: string) => string) | null = null;

/** The Traditional (Hong Kong) text in Simplified (mainland) characters and usage. */
export function toSimplified(text: string): string {
	hongKongToMainland ??= Converter({ from: 'hk', to: 'cn' });
	return text === '' ? text : hongKongToMainland(text);
}
