-- The read-only calendar feed token's hash beside the private link's; erasing a registration keeps its
-- link rows cut loose (registrationId null) so its feed can answer 410 Gone.
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_RegistrationToken" (
    "tokenHash" TEXT NOT NULL PRIMARY KEY,
    "feedTokenHash" TEXT,
    "registrationId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "RegistrationToken_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_RegistrationToken" ("createdAt", "registrationId", "tokenHash") SELECT "createdAt", "registrationId", "tokenHash" FROM "RegistrationToken";
DROP TABLE "RegistrationToken";
ALTER TABLE "new_RegistrationToken" RENAME TO "RegistrationToken";
CREATE UNIQUE INDEX "RegistrationToken_feedTokenHash_key" ON "RegistrationToken"("feedTokenHash");
CREATE INDEX "RegistrationToken_registrationId_idx" ON "RegistrationToken"("registrationId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
