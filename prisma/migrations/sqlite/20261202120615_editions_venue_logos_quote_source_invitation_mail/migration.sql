-- CreateTable
CREATE TABLE "CurrentEdition" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT DEFAULT 1,
    "eventId" INTEGER NOT NULL,
    CONSTRAINT "CurrentEdition_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "OrganisationLogo" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "organisationId" INTEGER NOT NULL,
    "hash" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "contentType" TEXT NOT NULL,
    "bytes" BLOB NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "OrganisationLogo_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
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
    "confirmedCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "editedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_Event" ("capacity", "confirmedCount", "createdAt", "description", "editedAt", "endsAt", "id", "isSampleProgramme", "name", "registrationClosesAt", "registrationOpensAt", "slug", "startsAt", "tagline", "timeZone", "venueAddress", "venueName") SELECT "capacity", "confirmedCount", "createdAt", "description", "editedAt", "endsAt", "id", "isSampleProgramme", "name", "registrationClosesAt", "registrationOpensAt", "slug", "startsAt", "tagline", "timeZone", "venueAddress", "venueName" FROM "Event";
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
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" DATETIME,
    "sentAt" DATETIME,
    "droppedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "OutboxMail_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "OutboxMail_invitationId_fkey" FOREIGN KEY ("invitationId") REFERENCES "Invitation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_OutboxMail" ("attempts", "createdAt", "droppedAt", "id", "kind", "lastError", "lockedUntil", "nextAttemptAt", "payload", "registrationId", "sentAt", "toAddress") SELECT "attempts", "createdAt", "droppedAt", "id", "kind", "lastError", "lockedUntil", "nextAttemptAt", "payload", "registrationId", "sentAt", "toAddress" FROM "OutboxMail";
DROP TABLE "OutboxMail";
ALTER TABLE "new_OutboxMail" RENAME TO "OutboxMail";
CREATE INDEX "OutboxMail_sentAt_nextAttemptAt_idx" ON "OutboxMail"("sentAt", "nextAttemptAt");
CREATE TABLE "new_Quote" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "eventId" INTEGER NOT NULL,
    "speakerId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "source" TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "Quote_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Quote_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Speaker" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Quote" ("eventId", "id", "key", "position", "speakerId", "text") SELECT "eventId", "id", "key", "position", "speakerId", "text" FROM "Quote";
DROP TABLE "Quote";
ALTER TABLE "new_Quote" RENAME TO "Quote";
CREATE UNIQUE INDEX "Quote_eventId_key_key" ON "Quote"("eventId", "key");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "CurrentEdition_eventId_key" ON "CurrentEdition"("eventId");

-- CreateIndex
CREATE INDEX "OrganisationLogo_hash_width_idx" ON "OrganisationLogo"("hash", "width");

-- CreateIndex
CREATE UNIQUE INDEX "OrganisationLogo_organisationId_hash_width_key" ON "OrganisationLogo"("organisationId", "hash", "width");

-- The edition the site presented until now (one per database before editions): the latest.
INSERT INTO "CurrentEdition" ("id", "eventId") SELECT 1, "id" FROM "Event" ORDER BY "startsAt" DESC LIMIT 1;
