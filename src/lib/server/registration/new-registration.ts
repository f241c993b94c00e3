// A new registration's one write, the hot path of a registration rush: the summit seat (or the waitlist),
// the registration, its private link, its session choices with their seats, and its confirmation mail,
// all or nothing. The same rules as seats.ts (a seat is taken only in a statement guarded by the capacity),
// written as SQL because Prisma's nested writes cost most of a registration's time:
// - SQLite: prepared statements on the app's one connection, several registrations per transaction
//   (db/group-commit.ts), each acknowledged only after its transaction commits.
// - PostgreSQL: one statement of CTEs, so the event row's lock is held for one statement, not for a
//   transaction of round trips, and every instance's registrations queue on it only that long. Each
//   instance sends them on its one pipelined connection (db/pipelined.ts), one after another.
// A unique violation (the email registered already, a reference clash) writes nothing and is thrown as
// Prisma's P2002, so register.ts answers it as before.
import { openSqliteConnection, postgresPipeline } from '../db';
import { createGroupCommit } from '../db/group-commit';
import { perConnection, type SqliteHandle } from '../db/serial-writes';
import { providerFromUrl } from '../db/provider';
import { settings } from '../config';
import type { SeatStatus } from './register';
import { SEAT_LEFT_SQL, TAKE_ONE_SQL } from './seats';

export type NewRegistration = {
	eventId: number;
	reference: string;
	email: string;
	emailNormalised: string;
	fullName: string;
	organisation: string;
	jobTitle: string;
	category: string;
	country: string;
	needs: string;
	newsOptIn: boolean;
	locale: string;
	now: Date;
	tokenHash: string;
	/** The link's calendar feed token's hash, recorded now so the first view of /my writes nothing. */
	feedTokenHash: string;
	/** In programme order; seats are taken in this order and a full session waitlists the choice. */
	sessionIds: number[];
	mail: { kind: string; toAddress: string; payload: string };
};

export type Written = { id: number; status: SeatStatus };

/** Prisma's code for a unique violation, which callers already answer. */
class UniqueViolation extends Error {
	readonly code = 'P2002';
}

/** The way Prisma writes a DateTime into SQLite (adapter-better-sqlite3's iso8601 format). */
const sqliteDate = (date: Date) => date.toISOString().replace('Z', '+00:00');

export async function writeNewRegistration(registration: NewRegistration): Promise<Written> {
	if (providerFromUrl(settings().databaseUrl) === 'postgres') return writeOnPostgres(registration);
	await openSqliteConnection();
	return writeOnSqlite(registration);
}

// SQLite

const statementsOn = perConnection((handle: SqliteHandle) => ({
	takeSummitSeat: handle.prepare(`UPDATE "Event" SET ${TAKE_ONE_SQL} WHERE "id" = ? AND ${SEAT_LEFT_SQL}`),
	takeSessionSeat: handle.prepare(`UPDATE "Session" SET ${TAKE_ONE_SQL} WHERE "id" = ? AND ${SEAT_LEFT_SQL}`),
	registration: handle.prepare(
		`INSERT INTO "Registration" ("eventId", "reference", "email", "emailNormalised", "fullName", "organisation",
				"jobTitle", "category", "country", "needs", "newsOptIn", "consentedAt", "status", "waitlistedAt",
				"confirmedAt", "locale", "createdAt", "updatedAt")
			 VALUES (@eventId, @reference, @email, @emailNormalised, @fullName, @organisation, @jobTitle, @category,
				@country, @needs, @newsOptIn, @now, @status, @waitlistedAt, @confirmedAt, @locale, @created, @created)
			 RETURNING "id"`
	),
	token: handle.prepare(
		`INSERT INTO "RegistrationToken" ("tokenHash", "feedTokenHash", "registrationId", "createdAt") VALUES (?, ?, ?, ?)`
	),
	choice: handle.prepare(
		`INSERT INTO "RegistrationSession" ("registrationId", "sessionId", "status", "waitlistedAt", "createdAt", "updatedAt")
			 VALUES (?, ?, ?, ?, ?, ?)`
	),
	mail: handle.prepare(
		`INSERT INTO "OutboxMail" ("kind", "toAddress", "payload", "registrationId", "nextAttemptAt", "createdAt")
			 VALUES (?, ?, ?, ?, ?, ?)`
	)
}));

function insertOnSqlite(handle: SqliteHandle, r: NewRegistration): Written {
	const sql = statementsOn(handle);
	const now = sqliteDate(r.now);
	const created = sqliteDate(new Date());
	const seated = sql.takeSummitSeat.run(r.eventId).changes === 1;
	const status: SeatStatus = seated ? 'confirmed' : 'waitlisted';
	let row: { id: number | bigint };
	try {
		row = sql.registration.get({
			eventId: r.eventId,
			reference: r.reference,
			email: r.email,
			emailNormalised: r.emailNormalised,
			fullName: r.fullName,
			organisation: r.organisation,
			jobTitle: r.jobTitle,
			category: r.category,
			country: r.country,
			needs: r.needs,
			newsOptIn: r.newsOptIn ? 1 : 0,
			now,
			status,
			waitlistedAt: seated ? null : now,
			confirmedAt: seated ? now : null,
			locale: r.locale,
			created
		}) as { id: number | bigint };
	} catch (error) {
		if (isUniqueViolation(error)) throw new UniqueViolation('registration exists');
		throw error;
	}
	// The adapter's connection reads integers as BigInt (safeIntegers); ids fit a number.
	const id = Number(row.id);
	sql.token.run(r.tokenHash, r.feedTokenHash, id, created);
	for (const sessionId of r.sessionIds) {
		// A waitlisted registrant's choices wait ("requested") until the summit seat comes (seats.ts settles them).
		const choice = !seated
			? 'requested'
			: sql.takeSessionSeat.run(sessionId).changes === 1
				? 'confirmed'
				: 'waitlisted';
		sql.choice.run(id, sessionId, choice, choice === 'waitlisted' ? now : null, created, created);
	}
	sql.mail.run(r.mail.kind, r.mail.toAddress, r.mail.payload, id, created, created);
	return { id, status };
}

function isUniqueViolation(error: unknown): boolean {
	const code = (error as { code?: unknown }).code;
	return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

const writeOnSqlite = createGroupCommit(insertOnSqlite);

// PostgreSQL

/**
 * One statement of CTEs, sent on the pipelined connection (prepared once on it, by name), with every
 * parameter cast: pg sends them untyped. Timestamps are UTC text for Prisma's `timestamp(3)` columns.
 */
const NEW_REGISTRATION_SQL = `
	WITH seat AS (
		UPDATE "Event" SET ${TAKE_ONE_SQL} WHERE "id" = $1::int AND ${SEAT_LEFT_SQL}
		RETURNING "id"
	), registration AS (
		INSERT INTO "Registration" ("eventId", "reference", "email", "emailNormalised", "fullName", "organisation",
			"jobTitle", "category", "country", "needs", "newsOptIn", "consentedAt", "status", "waitlistedAt",
			"confirmedAt", "locale", "createdAt", "updatedAt")
		SELECT $1::int, $2::text, $3::text, $4::text, $5::text, $6::text, $7::text, $8::text, $9::text, $10::text,
			$11::boolean, $12::timestamp,
			CASE WHEN seated THEN 'confirmed' ELSE 'waitlisted' END,
			CASE WHEN seated THEN NULL ELSE $12::timestamp END,
			CASE WHEN seated THEN $12::timestamp END,
			$13::text, $14::timestamp, $14::timestamp
		FROM (SELECT EXISTS (SELECT 1 FROM seat) AS seated) AS summit
		RETURNING "id", "status"
	), chosen AS (
		SELECT "sessionId" FROM unnest($15::int[]) AS chosen("sessionId")
	), session_seat AS (
		UPDATE "Session" SET ${TAKE_ONE_SQL}
		WHERE "id" IN (SELECT "sessionId" FROM chosen) AND ${SEAT_LEFT_SQL}
			AND EXISTS (SELECT 1 FROM registration WHERE "status" = 'confirmed')
		RETURNING "id"
	), choices AS (
		INSERT INTO "RegistrationSession" ("registrationId", "sessionId", "status", "waitlistedAt", "createdAt", "updatedAt")
		SELECT registration."id", chosen."sessionId", decided.status,
			CASE WHEN decided.status = 'waitlisted' THEN $12::timestamp END, $14::timestamp, $14::timestamp
		FROM registration CROSS JOIN chosen
		CROSS JOIN LATERAL (SELECT CASE
			WHEN registration."status" <> 'confirmed' THEN 'requested'
			WHEN chosen."sessionId" IN (SELECT "id" FROM session_seat) THEN 'confirmed'
			ELSE 'waitlisted' END AS status) AS decided
	), link AS (
		INSERT INTO "RegistrationToken" ("tokenHash", "feedTokenHash", "registrationId", "createdAt")
		SELECT $16::text, $17::text, "id", $14::timestamp FROM registration
	), mail AS (
		INSERT INTO "OutboxMail" ("kind", "toAddress", "payload", "registrationId", "nextAttemptAt", "createdAt")
		SELECT $18::text, $19::text, $20::text, "id", $14::timestamp, $14::timestamp FROM registration
	)
	SELECT "id", "status" FROM registration`;

/** Prisma's DateTime as PostgreSQL's timestamp without time zone: the UTC wall time. */
const postgresTimestamp = (date: Date) => date.toISOString().replace('T', ' ').replace('Z', '');

async function writeOnPostgres(r: NewRegistration): Promise<Written> {
	const pipeline = postgresPipeline();
	if (!pipeline) throw new Error('No PostgreSQL connection for new registrations.');
	const created = postgresTimestamp(new Date());
	try {
		const { rows } = await pipeline.query<Written>({
			name: 'summit_new_registration',
			text: NEW_REGISTRATION_SQL,
			values: [
				r.eventId,
				r.reference,
				r.email,
				r.emailNormalised,
				r.fullName,
				r.organisation,
				r.jobTitle,
				r.category,
				r.country,
				r.needs,
				r.newsOptIn,
				postgresTimestamp(r.now),
				r.locale,
				created,
				r.sessionIds,
				r.tokenHash,
				r.feedTokenHash,
				r.mail.kind,
				r.mail.toAddress,
				r.mail.payload
			]
		});
		return rows[0]!;
	} catch (error) {
		if (isPostgresUniqueViolation(error)) throw new UniqueViolation('registration exists');
		throw error;
	}
}

/** pg's error for a unique violation carries PostgreSQL's SQLSTATE. */
function isPostgresUniqueViolation(error: unknown): boolean {
	return (error as { code?: unknown }).code === '23505';
}
