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
    "editedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "translations" TEXT NOT NULL DEFAULT '{}'
);
INSERT INTO "new_Event" ("capacity", "confirmedCount", "contactEmail", "createdAt", "description", "editedAt", "endsAt", "id", "isSampleProgramme", "name", "registrationClosesAt", "registrationOpensAt", "reminderEnabled", "reminderTime", "slug", "startsAt", "status", "tagline", "timeZone", "venueAddress", "venueDistrict", "venueMapUrl", "venueName") SELECT "capacity", "confirmedCount", "contactEmail", "createdAt", "description", "editedAt", "endsAt", "id", "isSampleProgramme", "name", "registrationClosesAt", "registrationOpensAt", "reminderEnabled", "reminderTime", "slug", "startsAt", "status", "tagline", "timeZone", "venueAddress", "venueDistrict", "venueMapUrl", "venueName" FROM "Event";
DROP TABLE "Event";
ALTER TABLE "new_Event" RENAME TO "Event";
CREATE UNIQUE INDEX "Event_slug_key" ON "Event"("slug");
CREATE TABLE "new_Highlight" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "eventId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "figure" TEXT,
    "figureLabel" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "translations" TEXT NOT NULL DEFAULT '{}',
    CONSTRAINT "Highlight_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Highlight" ("body", "eventId", "figure", "figureLabel", "id", "key", "position", "title") SELECT "body", "eventId", "figure", "figureLabel", "id", "key", "position", "title" FROM "Highlight";
DROP TABLE "Highlight";
ALTER TABLE "new_Highlight" RENAME TO "Highlight";
CREATE UNIQUE INDEX "Highlight_eventId_key_key" ON "Highlight"("eventId", "key");
CREATE TABLE "new_Organisation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "websiteUrl" TEXT,
    "translations" TEXT NOT NULL DEFAULT '{}'
);
INSERT INTO "new_Organisation" ("description", "id", "name", "shortName", "slug", "websiteUrl") SELECT "description", "id", "name", "shortName", "slug", "websiteUrl" FROM "Organisation";
DROP TABLE "Organisation";
ALTER TABLE "new_Organisation" RENAME TO "Organisation";
CREATE UNIQUE INDEX "Organisation_slug_key" ON "Organisation"("slug");
CREATE TABLE "new_Quote" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "eventId" INTEGER NOT NULL,
    "speakerId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "source" TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL DEFAULT 0,
    "language" TEXT NOT NULL DEFAULT 'en',
    "translations" TEXT NOT NULL DEFAULT '{}',
    CONSTRAINT "Quote_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Quote_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Speaker" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Quote" ("eventId", "id", "key", "position", "source", "speakerId", "text") SELECT "eventId", "id", "key", "position", "source", "speakerId", "text" FROM "Quote";
DROP TABLE "Quote";
ALTER TABLE "new_Quote" RENAME TO "Quote";
CREATE UNIQUE INDEX "Quote_eventId_key_key" ON "Quote"("eventId", "key");
CREATE TABLE "new_Room" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "eventId" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "capacity" INTEGER,
    "position" INTEGER NOT NULL DEFAULT 0,
    "translations" TEXT NOT NULL DEFAULT '{}',
    CONSTRAINT "Room_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Room" ("capacity", "description", "eventId", "id", "name", "position", "slug") SELECT "capacity", "description", "eventId", "id", "name", "position", "slug" FROM "Room";
DROP TABLE "Room";
ALTER TABLE "new_Room" RENAME TO "Room";
CREATE UNIQUE INDEX "Room_eventId_slug_key" ON "Room"("eventId", "slug");
CREATE TABLE "new_Session" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "eventId" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "abstract" TEXT NOT NULL DEFAULT '',
    "kind" TEXT NOT NULL,
    "startsAt" DATETIME NOT NULL,
    "endsAt" DATETIME NOT NULL,
    "trackId" INTEGER,
    "roomId" INTEGER,
    "status" TEXT NOT NULL DEFAULT 'scheduled',
    "revision" INTEGER NOT NULL DEFAULT 0,
    "capacity" INTEGER,
    "confirmedCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "editedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "translations" TEXT NOT NULL DEFAULT '{}',
    CONSTRAINT "Session_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Session_trackId_fkey" FOREIGN KEY ("trackId") REFERENCES "Track" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Session_roomId_fkey" FOREIGN KEY ("roomId") REFERENCES "Room" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Session" ("abstract", "capacity", "confirmedCount", "createdAt", "editedAt", "endsAt", "eventId", "id", "kind", "revision", "roomId", "slug", "startsAt", "status", "title", "trackId") SELECT "abstract", "capacity", "confirmedCount", "createdAt", "editedAt", "endsAt", "eventId", "id", "kind", "revision", "roomId", "slug", "startsAt", "status", "title", "trackId" FROM "Session";
DROP TABLE "Session";
ALTER TABLE "new_Session" RENAME TO "Session";
CREATE INDEX "Session_eventId_startsAt_idx" ON "Session"("eventId", "startsAt");
CREATE UNIQUE INDEX "Session_eventId_slug_key" ON "Session"("eventId", "slug");
CREATE TABLE "new_Speaker" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "eventId" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "honorific" TEXT NOT NULL DEFAULT '',
    "roleTitle" TEXT NOT NULL DEFAULT '',
    "organisationId" INTEGER,
    "bio" TEXT NOT NULL DEFAULT '',
    "photoUrl" TEXT,
    "displayOrder" INTEGER NOT NULL DEFAULT 0,
    "featured" BOOLEAN NOT NULL DEFAULT false,
    "isPlaceholder" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "translations" TEXT NOT NULL DEFAULT '{}',
    CONSTRAINT "Speaker_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Speaker_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Speaker" ("bio", "createdAt", "displayOrder", "eventId", "featured", "honorific", "id", "isPlaceholder", "name", "organisationId", "photoUrl", "roleTitle", "slug", "updatedAt") SELECT "bio", "createdAt", "displayOrder", "eventId", "featured", "honorific", "id", "isPlaceholder", "name", "organisationId", "photoUrl", "roleTitle", "slug", "updatedAt" FROM "Speaker";
DROP TABLE "Speaker";
ALTER TABLE "new_Speaker" RENAME TO "Speaker";
CREATE INDEX "Speaker_eventId_displayOrder_idx" ON "Speaker"("eventId", "displayOrder");
CREATE UNIQUE INDEX "Speaker_eventId_slug_key" ON "Speaker"("eventId", "slug");
CREATE TABLE "new_Track" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "eventId" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "color" TEXT NOT NULL DEFAULT '#0b6e69',
    "position" INTEGER NOT NULL DEFAULT 0,
    "translations" TEXT NOT NULL DEFAULT '{}',
    CONSTRAINT "Track_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Track" ("color", "description", "eventId", "id", "name", "position", "slug") SELECT "color", "description", "eventId", "id", "name", "position", "slug" FROM "Track";
DROP TABLE "Track";
ALTER TABLE "new_Track" RENAME TO "Track";
CREATE UNIQUE INDEX "Track_eventId_slug_key" ON "Track"("eventId", "slug");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
