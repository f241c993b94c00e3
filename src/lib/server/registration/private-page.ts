// What a private link opens (/my/<token>): the registration it manages, with its sessions' titles and
// rooms in the reader's language, and its calendar feed's token. A rush of new registrants lands here, so
// it is one joined query (link, registration, choices, sessions, rooms): Prisma's nested include sent five
// queries and cost about eight times as much. The SQL is the same on SQLite and PostgreSQL.
import type { Locale } from '$lib/paraglide/runtime';
import type { Registration } from '../../../generated/sqlite/client';
import type { Statement } from 'better-sqlite3';
import { db, openSqliteConnection } from '../db';
import { providerFromUrl } from '../db/provider';
import { perConnection, type SqliteHandle } from '../db/serial-writes';
import { settings } from '../config';
import { localizeRecord } from '../content/localize';
import { waitlistPosition } from './self-service';
import { feedTokenOfLink, hashRegistrationToken, isWellFormedToken } from './tokens';

/** What /my shows of the person: the registration's own columns, as Prisma types them. */
type Person = Pick<
	Registration,
	| 'id'
	| 'eventId'
	| 'reference'
	| 'email'
	| 'fullName'
	| 'organisation'
	| 'jobTitle'
	| 'category'
	| 'country'
	| 'needs'
	| 'status'
	| 'waitlistedAt'
	| 'locale'
>;

/** One row per chosen session (not given up), or one row with null session columns when there is none. */
type Row = Person & {
	feedTokenHash: string | null;
	choiceStatus: string | null;
	sessionId: number | null;
	slug: string;
	title: string;
	kind: string;
	sessionStatus: string;
	startsAt: Date;
	endsAt: Date;
	translations: string;
	roomName: string | null;
	roomTranslations: string | null;
};

/** The page's one read, with `param` as the placeholder of its one parameter, the link's hash. */
const pageSql = (param: string) => `
	SELECT t."feedTokenHash", r."id", r."eventId", r."reference", r."email", r."fullName", r."organisation",
		r."jobTitle", r."category", r."country", r."needs", r."status", r."waitlistedAt", r."locale",
		c."status" AS "choiceStatus", s."id" AS "sessionId", s."slug", s."title", s."kind",
		s."status" AS "sessionStatus", s."startsAt", s."endsAt", s."translations",
		m."name" AS "roomName", m."translations" AS "roomTranslations"
	FROM "RegistrationToken" t
	JOIN "Registration" r ON r."id" = t."registrationId"
	LEFT JOIN "RegistrationSession" c ON c."registrationId" = r."id" AND c."status" <> 'cancelled'
	LEFT JOIN "Session" s ON s."id" = c."sessionId"
	LEFT JOIN "Room" m ON m."id" = s."roomId"
	WHERE t."tokenHash" = ${param}
	ORDER BY s."startsAt", s."id"`;
const POSTGRES_PAGE = pageSql('$1');
const SQLITE_PAGE = pageSql('?');

/** The read as better-sqlite3 answers it: integers as BigInt (the adapter's safeIntegers), times as text. */
type SqliteRow = Omit<Row, 'id' | 'eventId' | 'sessionId' | 'waitlistedAt' | 'startsAt' | 'endsAt'> & {
	id: bigint;
	eventId: bigint;
	sessionId: bigint | null;
	waitlistedAt: string | null;
	startsAt: string | null;
	endsAt: string | null;
};

const pageStatementOn = perConnection((handle: SqliteHandle): Statement<[string], SqliteRow> =>
	handle.prepare<[string], SqliteRow>(SQLITE_PAGE)
);

/**
 * On SQLite the statement runs on the app's connection itself, prepared once, typed here as Prisma would
 * type it: Prisma's own raw query cost about a tenth of the page (each column's type read and converted).
 */
async function readPage(tokenHash: string): Promise<Row[]> {
	if (providerFromUrl(settings().databaseUrl) === 'postgres')
		return db.$queryRawUnsafe<Row[]>(POSTGRES_PAGE, tokenHash);
	const connection = await openSqliteConnection();
	const rows = await connection((handle) => pageStatementOn(handle).all(tokenHash));
	const time = (text: string | null) => (text === null ? null : new Date(text));
	return rows.map((row) => ({
		...row,
		id: Number(row.id),
		eventId: Number(row.eventId),
		sessionId: row.sessionId === null ? null : Number(row.sessionId),
		waitlistedAt: time(row.waitlistedAt),
		// Null only on the one row of a registration without sessions, whose session columns are not read.
		startsAt: time(row.startsAt)!,
		endsAt: time(row.endsAt)!
	}));
}

/**
 * The registration a private link manages, as its page shows it, and the link's calendar feed token
 * (recorded on the link the first time, for links issued before feed tokens). null for an unknown or
 * malformed token and for an erased registration.
 */
export async function openPrivatePage(token: string, locale: Locale) {
	if (!isWellFormedToken(token)) return null;
	const tokenHash = hashRegistrationToken(token);
	const rows = await readPage(tokenHash);
	const first = rows[0];
	if (!first) return null;
	const feedToken = await feedTokenOfLink(token, tokenHash, first.feedTokenHash);
	const { feedTokenHash: _feed, choiceStatus: _choice, sessionId: _session, ...person } = first;
	const registration = {
		...person,
		sessions: rows.flatMap((row) =>
			row.sessionId === null
				? []
				: [
						{
							status: row.choiceStatus!,
							session: {
								...localizeRecord(
									{
										id: row.sessionId,
										slug: row.slug,
										title: row.title,
										kind: row.kind,
										status: row.sessionStatus,
										startsAt: row.startsAt,
										endsAt: row.endsAt,
										translations: row.translations
									},
									['title'],
									locale
								),
								room:
									row.roomName === null
										? null
										: localizeRecord(
												{ name: row.roomName, translations: row.roomTranslations ?? '{}' },
												['name'],
												locale
											)
							}
						}
					]
		),
		waitlistPosition: await waitlistPosition(person)
	};
	return { registration, feedToken };
}
