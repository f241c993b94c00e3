// Draining the outbox: every instance claims a batch of due mails (a claim is a conditional update, so
// two instances never hold the same mail), sends, and records the result. Failures are retried with
// exponential backoff while SMTP is down; a claim that outlives its process expires and is taken over.
// Other modules hand mail over only as an outbox row written with the change that causes it; the loop
// below finds it on its next look (LOOK_EVERY_MS), or at once after a nudge.
import { db } from '../db';
import { providerFromUrl } from '../db/provider';
import { settings } from '../config';
import { batchMailReads, renderOutboxMail } from './render';
import { createMailSender, type MailSender } from './transport';

// How long a drainer holds a claim; a claim outliving its process (kill -9) is taken over after it.
// Far longer than one send, or a slow send would be taken over and sent twice.
const BATCH = 25;
const MAX_BACKOFF_MS = 60 * 60_000;

export function retryDelayMs(attempts: number): number {
	return Math.min(5_000 * 2 ** Math.max(0, attempts - 1), MAX_BACKOFF_MS);
}

/**
 * A mail waits while its registrant, confirmed, still has a session choice undecided ("requested"): it
 * would show that choice as pending. The request that made the choice decides it a moment later; after
 * a crash, the reconciler does (registration/waitlist.ts, reconcileSeats, every 30 s in background.ts).
 */
const SEATS_DECIDED = {
	OR: [
		{ registrationId: null },
		{ registration: { OR: [{ status: { not: 'confirmed' } }, { sessions: { none: { status: 'requested' } } }] } }
	]
};

function dueWhere(now: Date) {
	return {
		sentAt: null,
		droppedAt: null,
		nextAttemptAt: { lte: now },
		AND: [{ OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }] }, SEATS_DECIDED]
	};
}

const MINUTE_MS = 60_000;

/**
 * Bulk mail (an announcement, a release's notices, reminders) goes after the rest: a confirmation must
 * not wait behind a thousand announcement mails for the sending rate.
 */
const BULK = { OR: [{ announcementId: { not: null } }, { releaseId: { not: null } }, { kind: 'reminder' }] };
const NOT_BULK = { announcementId: null, releaseId: null, kind: { not: 'reminder' } };

/**
 * How many mails this drain may claim under MAIL_RATE_PER_MINUTE: the rate, less the mails sent in the
 * minute before `now` and those other drains hold now (claimed, to be sent within it), on every instance.
 */
async function sendingBudget(client: Pick<typeof db, 'outboxMail'>, now: Date, rate: number): Promise<number> {
	if (rate === 0) return BATCH;
	const used = await client.outboxMail.count({
		where: {
			OR: [
				// Bounded both ways: a drain run at a pinned instant (a test's) is not counted by the real clock's.
				{ sentAt: { gt: new Date(now.getTime() - MINUTE_MS), lte: new Date(now.getTime() + MINUTE_MS) } },
				{ sentAt: null, droppedAt: null, lockedUntil: { gt: now } }
			]
		}
	});
	return Math.max(0, Math.min(BATCH, rate - used));
}

// Any number, the same in every instance: the PostgreSQL drainers take turns at counting and claiming,
// so the rate holds across instances.
const CLAIM_LOCK = 6_378_001;

/** Marks up to BATCH due mails (fewer under the sending rate) as this drainer's until `claimUntil`; returns their ids. */
async function claimDueMails(now: Date, claimUntil: Date, rate: number): Promise<number[]> {
	if (providerFromUrl(settings().databaseUrl) === 'postgres') {
		return db.$transaction(async (tx) => {
			if (rate > 0) await tx.$executeRaw`SELECT pg_advisory_xact_lock(${CLAIM_LOCK})`;
			const limit = await sendingBudget(tx, now, rate);
			if (limit === 0) return [];
			// One statement; SKIP LOCKED lets instances draining at once take different rows instead of
			// queueing on the same ones (a row claimed meanwhile is re-checked and no longer due).
			const rows = await tx.$queryRaw<{ id: number }[]>`
				UPDATE "OutboxMail" SET "lockedUntil" = ${claimUntil}, "attempts" = "attempts" + 1
				WHERE "id" IN (
					SELECT "id" FROM "OutboxMail"
					WHERE "sentAt" IS NULL AND "droppedAt" IS NULL AND "nextAttemptAt" <= ${now}
						AND ("lockedUntil" IS NULL OR "lockedUntil" < ${now})
						AND NOT EXISTS (
							SELECT 1 FROM "RegistrationSession" AS choice JOIN "Registration" AS registrant ON registrant."id" = choice."registrationId"
							WHERE choice."registrationId" = "OutboxMail"."registrationId" AND registrant."status" = 'confirmed' AND choice."status" = 'requested')
					ORDER BY ("announcementId" IS NOT NULL OR "releaseId" IS NOT NULL OR "kind" = 'reminder'), "id"
					LIMIT ${limit} FOR UPDATE SKIP LOCKED)
				RETURNING "id"`;
			return rows.map(({ id }) => id);
		});
	}
	// SQLite has one writer: find, then claim in one statement; rows claimed meanwhile no longer match.
	const limit = await sendingBudget(db, now, rate);
	if (limit === 0) return [];
	const find = (where: object, take: number) =>
		take === 0
			? []
			: db.outboxMail.findMany({
					where: { AND: [dueWhere(now), where] },
					orderBy: { id: 'asc' },
					take,
					select: { id: true }
				});
	const first = await find(NOT_BULK, limit);
	const due = [...first, ...(await find(BULK, limit - first.length))];
	if (due.length === 0) return [];
	await db.outboxMail.updateMany({
		where: { id: { in: due.map(({ id }) => id) }, ...dueWhere(now) },
		data: { lockedUntil: claimUntil, attempts: { increment: 1 } }
	});
	return due.map(({ id }) => id);
}

/**
 * When each of `count` bulk mails queued now may go: one every 60 s / MAIL_RATE_PER_MINUTE, after the bulk
 * mails already waiting, so a large announcement trickles out at the rate whichever instances drain it.
 * In the outbox's own time (the real clock the drainer compares with), not the summit's pinned one.
 */
export async function bulkSendTimes(
	count: number,
	now = new Date(),
	rate = settings().mail.ratePerMinute
): Promise<Date[]> {
	if (rate === 0) return Array.from({ length: count }, () => now);
	const gap = MINUTE_MS / rate;
	const last = await db.outboxMail.aggregate({
		// Not yet tried: a failed mail waits for its retry, which must not hold the next announcement back.
		where: { sentAt: null, droppedAt: null, attempts: 0, ...BULK },
		_max: { nextAttemptAt: true }
	});
	const latest = last._max.nextAttemptAt;
	const start = latest && latest.getTime() + gap > now.getTime() ? latest.getTime() + gap : now.getTime();
	return Array.from({ length: count }, (_, i) => new Date(start + i * gap));
}

export async function drainOutbox(
	send: MailSender,
	now = new Date(),
	options: { ratePerMinute?: number } = {}
): Promise<{ sent: number; failed: number; dropped: number }> {
	const result = { sent: 0, failed: 0, dropped: 0 };
	const started = Date.now();
	/** This drain's "now": `now`, moved on by the time the drain has taken so far (waits for the database included). */
	const clock = () => now.getTime() + (Date.now() - started);
	const claimMs = settings().mail.claimMs;
	const claimUntil = new Date(now.getTime() + claimMs);
	const ids = await claimDueMails(now, claimUntil, options.ratePerMinute ?? settings().mail.ratePerMinute);
	if (ids.length === 0) return result;
	const claimed = await db.outboxMail.findMany({
		where: { id: { in: ids }, lockedUntil: claimUntil },
		orderBy: { id: 'asc' }
	});
	// The batch's confirmations mostly share one edition and a few sessions: read those once, and the
	// registrants all at once.
	const reads = batchMailReads(
		claimed.flatMap(({ registrationId }) => (registrationId === null ? [] : [registrationId]))
	);
	// A send mostly waits on the SMTP server: keep as many on their way as the sender has connections.
	let next = 0;
	let claimLapsed = false;
	const deliver = async (mail: (typeof claimed)[number]) => {
		const id = mail.id;
		try {
			const message = await renderOutboxMail(mail, reads);
			if (!message) {
				await db.outboxMail.update({
					where: { id },
					data: { droppedAt: new Date(), payload: '{}', lockedUntil: null }
				});
				result.dropped++;
				return;
			}
			// A batch that outlasts its claim (a slow SMTP server, a busy database) must not race the instance
			// that takes the rest over: past the claim, stop; right before each send, hold this one mail afresh,
			// unless another instance holds it already. Only a send longer than a whole claim can go twice.
			if (clock() >= claimUntil.getTime()) {
				claimLapsed = true;
				return;
			}
			// These two run for every mail of a rush: plain statements, without the row Prisma's update reads back.
			const held = await db.$executeRaw`
				UPDATE "OutboxMail" SET "lockedUntil" = ${new Date(clock() + claimMs)}
				WHERE "id" = ${id} AND "lockedUntil" = ${claimUntil}`;
			if (held === 0) return;
			await send(message);
			// The payload may hold a private link: keep only the metadata of a sent mail. The time is this
			// drain's, which the sending rate counts in.
			await db.$executeRaw`
				UPDATE "OutboxMail" SET "sentAt" = ${new Date(clock())}, "payload" = '{}', "lockedUntil" = NULL, "lastError" = NULL
				WHERE "id" = ${id}`;
			result.sent++;
		} catch (error) {
			const reason = error instanceof Error ? error.message : String(error);
			await db.outboxMail.update({
				where: { id },
				data: {
					lockedUntil: null,
					lastError: reason.slice(0, 500),
					nextAttemptAt: new Date(Date.now() + retryDelayMs(mail.attempts))
				}
			});
			console.error(`Mail ${id} (${mail.kind}) failed, attempt ${mail.attempts}: ${reason}`);
			result.failed++;
		}
	};
	const lanes = Math.min(Math.max(1, send.connections ?? 1), claimed.length);
	await Promise.all(
		Array.from({ length: lanes }, async () => {
			for (let mail = claimed[next++]; mail && !claimLapsed; mail = claimed[next++]) await deliver(mail);
		})
	);
	return result;
}

// The in-process loop. The database holds the state; this only decides when to look.
/** Often enough that a confirmation arrives while the person still looks at the page that promised it;
 * one indexed query per look and instance. */
const LOOK_EVERY_MS = 1_000;
let sender: MailSender | null = null;
let running = false;
let again = false;
let timer: ReturnType<typeof setInterval> | null = null;

/**
 * While the requests keep their thread busy (a rush, busy.ts), mail yields: one batch every few seconds,
 * so it never stops, and the rest once the rush is over.
 */
const WHILE_BUSY_ONE_BATCH_EVERY_MS = 5_000;
let siteBusy = false;
let lastBatchAt = 0;

/** Told by the thread that answers requests (drainer-thread.ts); never set when mail drains on that thread. */
export function setSiteBusy(busy: boolean): void {
	siteBusy = busy;
}

function mayDrainNow(): boolean {
	return !siteBusy || Date.now() - lastBatchAt >= WHILE_BUSY_ONE_BATCH_EVERY_MS;
}

async function runDrain(): Promise<void> {
	if (!sender) return;
	if (running) {
		again = true;
		return;
	}
	running = true;
	try {
		// Stopping clears `sender`: the batch under way finishes, and no new one starts.
		for (let send: MailSender | null = sender; send && mayDrainNow(); send = again ? sender : null) {
			again = false;
			lastBatchAt = Date.now();
			const { sent } = await drainOutbox(send);
			if (sent === BATCH) again = true;
		}
	} catch (error) {
		console.error('Mail outbox drain failed:', error);
	} finally {
		running = false;
	}
}

/** Starts draining in this process (called once at start-up); returns a stop function. */
export function startMailDrainer(options: { intervalMs?: number; send?: MailSender } = {}): () => Promise<void> {
	sender = options.send ?? createMailSender();
	timer = setInterval(() => void runDrain(), options.intervalMs ?? LOOK_EVERY_MS);
	timer.unref();
	void runDrain();
	return async () => {
		if (timer) clearInterval(timer);
		timer = null;
		const stopping = sender;
		sender = null;
		while (running) await new Promise((resolve) => setTimeout(resolve, 20));
		stopping?.close?.();
	};
}

/** Where a nudge goes when this thread does not drain (drainer-thread.ts: the mail thread's). */
let nudgeElsewhere: (() => void) | null = null;

export function drainElsewhere(nudge: (() => void) | null): void {
	nudgeElsewhere = nudge;
}

/** Something was just queued: look now rather than at the next tick. */
export function nudgeMailDrainer(): void {
	if (sender) setImmediate(() => void runDrain());
	else nudgeElsewhere?.();
}
