// The closed vocabularies of the programme. Labels live in $lib/i18n; these are the stored values.

export const SESSION_KINDS = ['ceremony', 'remarks', 'keynote', 'fireside-chat', 'panel', 'break', 'networking'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

export const SPEAKER_ROLES = ['speaker', 'moderator', 'signatory', 'witness', 'host'] as const;

/** Breaks and networking are part of the day but not something to choose or to speak at. */
export function isProgrammeSession(kind: string): boolean {
	return kind !== 'break' && kind !== 'networking';
}

export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
	return typeof value === 'string' && (values as readonly string[]).includes(value);
}
