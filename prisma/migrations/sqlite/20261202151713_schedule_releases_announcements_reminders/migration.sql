-- CreateTable
CREATE TABLE "ScheduleRelease" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "eventId" INTEGER NOT NULL,
    "sequence" INTEGER NOT NULL,
    "version" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "snapshot" TEXT NOT NULL,
    "changes" TEXT NOT NULL DEFAULT '[]',
    "releasedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ScheduleRelease_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Announcement" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "eventId" INTEGER NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "audience" TEXT NOT NULL,
    "sessionId" INTEGER,
    "isNews" BOOLEAN NOT NULL DEFAULT false,
    "sentBy" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Announcement_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Announcement_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Event" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "tagline" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL DEFAULT 'Asia/Hong_Kong',
    "startsAt" DATETIME NOT NULL,
    "endsAt" DATETIME NOT NULL,
    "venueName" TEXT NOT NULL,
    "venueAddress" TEXT NOT NULL,
    "venueDistrict" TEXT NOT NULL DEFAULT '',
    "venueMapUrl" TEXT,
    "contactEmail" TEXT,
    "status" TEXT NOT NULL DEFAULT 'published',
    "isSampleProgramme" BOOLEAN NOT NULL DEFAULT false,
    "registrationOpensAt" DATETIME,
    "registrationClosesAt" DATETIME,
    "capacity" INTEGER,
    "reminderEnabled" BOOLEAN NOT NULL DEFAULT true,
    "reminderTime" TEXT NOT NULL DEFAULT '10:00',
    "confirmedCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "editedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_Event" ("capacity", "confirmedCount", "contactEmail", "createdAt", "description", "editedAt", "endsAt", "id", "isSampleProgramme", "name", "registrationClosesAt", "registrationOpensAt", "slug", "startsAt", "status", "tagline", "timeZone", "venueAddress", "venueDistrict", "venueMapUrl", "venueName") SELECT "capacity", "confirmedCount", "contactEmail", "createdAt", "description", "editedAt", "endsAt", "id", "isSampleProgramme", "name", "registrationClosesAt", "registrationOpensAt", "slug", "startsAt", "status", "tagline", "timeZone", "venueAddress", "venueDistrict", "venueMapUrl", "venueName" FROM "Event";
DROP TABLE "Event";
ALTER TABLE "new_Event" RENAME TO "Event";
CREATE UNIQUE INDEX "Event_slug_key" ON "Event"("slug");
CREATE TABLE "new_OutboxMail" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL,
    "toAddress" TEXT NOT NULL,
    "payload" TEXT NOT NULL DEFAULT '{}',
    "registrationId" INTEGER,
    "invitationId" INTEGER,
    "releaseId" INTEGER,
    "announcementId" INTEGER,
    "dedupeKey" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" DATETIME,
    "sentAt" DATETIME,
    "droppedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "OutboxMail_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "OutboxMail_invitationId_fkey" FOREIGN KEY ("invitationId") REFERENCES "Invitation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "OutboxMail_releaseId_fkey" FOREIGN KEY ("releaseId") REFERENCES "ScheduleRelease" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "OutboxMail_announcementId_fkey" FOREIGN KEY ("announcementId") REFERENCES "Announcement" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_OutboxMail" ("attempts", "createdAt", "droppedAt", "id", "invitationId", "kind", "lastError", "lockedUntil", "nextAttemptAt", "payload", "registrationId", "sentAt", "toAddress") SELECT "attempts", "createdAt", "droppedAt", "id", "invitationId", "kind", "lastError", "lockedUntil", "nextAttemptAt", "payload", "registrationId", "sentAt", "toAddress" FROM "OutboxMail";
DROP TABLE "OutboxMail";
ALTER TABLE "new_OutboxMail" RENAME TO "OutboxMail";
CREATE UNIQUE INDEX "OutboxMail_dedupeKey_key" ON "OutboxMail"("dedupeKey");
CREATE INDEX "OutboxMail_sentAt_nextAttemptAt_idx" ON "OutboxMail"("sentAt", "nextAttemptAt");
CREATE INDEX "OutboxMail_announcementId_idx" ON "OutboxMail"("announcementId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "ScheduleRelease_eventId_sequence_key" ON "ScheduleRelease"("eventId", "sequence");

-- CreateIndex
CREATE UNIQUE INDEX "ScheduleRelease_eventId_version_key" ON "ScheduleRelease"("eventId", "version");

-- CreateIndex
CREATE INDEX "Announcement_eventId_createdAt_idx" ON "Announcement"("eventId", "createdAt");
