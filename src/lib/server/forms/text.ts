// The one character policy for what people type, in every form of the site (public and organizer): some
// characters are refused (the person retypes), invisible ones are removed, odd spaces and line breaks are
// made plain, and the rest is kept in Unicode's composed form (NFC). The README's Registration section
// lists the classes. No `$lib` imports: the command-line scripts load this file too.

/**
 * Refused, never silently dropped, because what the person meant cannot be known: U+FFFD (what a
 * decoder leaves for bytes that were not UTF-8), control characters other than tab and line breaks,
 * the bidirectional embeddings, overrides and isolates (they make text display as something else:
 * "Trojan Source", CVE-2021-42574), unpaired surrogates and noncharacters.
 */
const REFUSED =
	// eslint-disable-next-line no-control-regex -- control characters are what this refuses
	/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F\u202A-\u202E\u2066-\u2069\uFFFD\p{Cs}\p{Noncharacter_Code_Point}]/u;

/**
 * Characters with no visible form (Unicode's Default_Ignorable_Code_Point: zero-width space, word joiner,
 * byte-order mark, soft hyphen, Hangul fillers, tag characters, left-to-right and right-to-left marks),
 * which come in with copied text and make two equal-looking names differ. Removed, except those that
 * change how a script is written: variation selectors (emoji and CJK ideograph variants), Mongolian
 * variation selectors, the combining grapheme joiner, and the joiners handled below.
 */
const INVISIBLE =
	// eslint-disable-next-line no-misleading-character-class -- the joiners are listed alone, on purpose
	/(?![\u034F\u180B-\u180D\u180F\u200C\u200D\uFE00-\uFE0F\u{E0100}-\u{E01EF}])\p{Default_Ignorable_Code_Point}/gu;

/**
 * Zero-width non-joiner and joiner shape Persian, Indic and other scripts, and build emoji sequences:
 * kept between two letters, marks or emoji, removed anywhere else (at the edges, beside spaces).
 */
const STRAY_JOINER =
	/(?<![\p{L}\p{M}\p{Extended_Pictographic}\p{Emoji_Modifier}])[\u200C\u200D]|[\u200C\u200D](?![\p{L}\p{M}\p{Extended_Pictographic}])/gu;

/** No-break, ideographic (from CJK input methods), thin and other spaces: a plain space. */
const OTHER_SPACES = /(?! )\p{Zs}/gu;

/** CR LF, CR, NEL, line and paragraph separators: one newline. */
const LINE_BREAKS = /\r\n?|[\u0085\u2028\u2029]/g;

export function hasRefusedCharacter(value: string): boolean {
	return REFUSED.test(value);
}

/**
 * The normalising half of the policy; refused characters are left for `hasRefusedCharacter` to find.
 * NFC for text shown back as typed (names keep their full-width forms, ligatures and compatibility
 * characters); NFKC for identifiers compared for equality (emails).
 */
export function normaliseText(value: string, form: 'NFC' | 'NFKC' = 'NFC'): string {
	return value
		.replace(LINE_BREAKS, '\n')
		.replace(OTHER_SPACES, ' ')
		.replace(STRAY_JOINER, '')
		.replace(INVISIBLE, '')
		.normalize(form);
}

/** A name, a title, an organisation: tabs and newlines become spaces, runs of spaces one, no outer space. */
export function singleLine(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** A bio, an abstract, needs: lines kept, outer blank space removed. */
export function multiline(text: string): string {
	return text.replace(/[ \t]+$/gm, '').trim();
}

/**
 * An email address as a key: NFKC (a full-width ａｄａ＠ｅｘａｍｐｌｅ．ｃｏｍ typed with a CJK input method is
 * ada@example.com), no invisible characters, no outer spaces, lower case. The one rule for attendees and
 * organizers, so "the same address" means the same thing everywhere.
 */
export function normaliseEmail(email: string): string {
	return emailText(email).toLowerCase();
}

/** An email address as typed, made comparable except for its case (kept for display and for mail). */
export function emailText(email: string): string {
	return normaliseText(email, 'NFKC').trim();
}
