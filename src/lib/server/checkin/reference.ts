// A reference as door staff type it (or a scanner reads it) turned into the one the registration holds:
// "bcs 7k4p 2qxm", "7K4P-2QXM" and "BCS-7K4P-2QXM" are the same. Read by the alphabet references are
// made from (registration/tokens.ts), so a forgiving reading can never land on somebody else's code.
import { REFERENCE_ALPHABET, REFERENCE_PREFIX } from '../registration/tokens';

/**
 * Crockford's readings of the letters his alphabet leaves out because they look like digits. The code
 * part never holds them, so reading O as 0 and I or L as 1 there is unambiguous; the prefix is not read
 * this way (it holds no digit).
 */
const LOOKALIKES: Record<string, string> = { O: '0', I: '1', L: '1' };

const CODE_LENGTH = 8;

/** The reference in its stored form, or the input trimmed and upper-cased when it is not shaped like one. */
export function readReference(input: string): string {
	const compact = input.toUpperCase().replace(/[^0-9A-Z]/g, '');
	// Eight characters are the code alone, even one that starts with B, C, S; eleven are prefix and code.
	const code =
		compact.length === REFERENCE_PREFIX.length + CODE_LENGTH && compact.startsWith(REFERENCE_PREFIX)
			? compact.slice(REFERENCE_PREFIX.length)
			: compact;
	if (code.length !== CODE_LENGTH) return input.trim().toUpperCase();
	const read = [...code].map((char) => (REFERENCE_ALPHABET.includes(char) ? char : (LOOKALIKES[char] ?? char)));
	return `${REFERENCE_PREFIX}-${read.slice(0, 4).join('')}-${read.slice(4).join('')}`;
}
