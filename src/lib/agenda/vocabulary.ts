// The closed vocabularies of the programme. Their words are messages (src/lib/i18n/labels.ts);
// these are the stored values.

export const SESSION_KINDS = [
	'ceremony',
	'remarks',
	'keynote',
	'fireside-chat',
	'panel',
	'break',
	'networking'
] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

export const SPEAKER_ROLES = ['speaker', 'moderator', 'signatory', 'witness', 'host'] as const;
export type SpeakerRole = (typeof SPEAKER_ROLES)[number];

/** How an organisation takes part, as the home page groups them. */
export const ORGANISATION_ROLES = [
	'host',
	'organiser',
	'strategic-partner',
	'ecosystem-partner',
	'speaker-organisation'
] as const;
export type OrganisationRole = (typeof ORGANISATION_ROLES)[number];

/** Breaks and networking are part of the day but not something to choose or to speak at. */
export function isProgrammeSession(kind: string): boolean {
	return kind !== 'break' && kind !== 'networking';
}

export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
	return typeof value === 'string' && (values as readonly string[]).includes(value);
}
