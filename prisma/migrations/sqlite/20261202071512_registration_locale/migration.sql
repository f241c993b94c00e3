-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Registration" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "eventId" INTEGER NOT NULL,
    "reference" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "emailNormalised" TEXT NOT NULL,
    "fullName" TEXT NOT NULL,
    "organisation" TEXT NOT NULL,
    "jobTitle" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "needs" TEXT NOT NULL DEFAULT '',
    "newsOptIn" BOOLEAN NOT NULL DEFAULT false,
    "consentedAt" DATETIME NOT NULL,
    "status" TEXT NOT NULL,
    "waitlistedAt" DATETIME,
    "confirmedAt" DATETIME,
    "cancelledAt" DATETIME,
    "checkedInAt" DATETIME,
    "linkMailedAt" DATETIME,
    "locale" TEXT NOT NULL DEFAULT 'en',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Registration_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Registration" ("cancelledAt", "category", "checkedInAt", "confirmedAt", "consentedAt", "country", "createdAt", "email", "emailNormalised", "eventId", "fullName", "id", "jobTitle", "linkMailedAt", "needs", "newsOptIn", "organisation", "reference", "status", "updatedAt", "waitlistedAt") SELECT "cancelledAt", "category", "checkedInAt", "confirmedAt", "consentedAt", "country", "createdAt", "email", "emailNormalised", "eventId", "fullName", "id", "jobTitle", "linkMailedAt", "needs", "newsOptIn", "organisation", "reference", "status", "updatedAt", "waitlistedAt" FROM "Registration";
DROP TABLE "Registration";
ALTER TABLE "new_Registration" RENAME TO "Registration";
CREATE UNIQUE INDEX "Registration_reference_key" ON "Registration"("reference");
CREATE INDEX "Registration_eventId_status_waitlistedAt_idx" ON "Registration"("eventId", "status", "waitlistedAt");
CREATE UNIQUE INDEX "Registration_eventId_emailNormalised_key" ON "Registration"("eventId", "emailNormalised");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
