-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_SpeakerPhoto" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "speakerId" INTEGER NOT NULL,
    "hash" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "contentType" TEXT NOT NULL,
    "bytes" BLOB NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SpeakerPhoto_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Speaker" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_SpeakerPhoto" ("bytes", "contentType", "createdAt", "hash", "height", "id", "speakerId", "width") SELECT "bytes", "contentType", "createdAt", "hash", "height", "id", "speakerId", "width" FROM "SpeakerPhoto";
DROP TABLE "SpeakerPhoto";
ALTER TABLE "new_SpeakerPhoto" RENAME TO "SpeakerPhoto";
CREATE INDEX "SpeakerPhoto_hash_width_idx" ON "SpeakerPhoto"("hash", "width");
CREATE UNIQUE INDEX "SpeakerPhoto_speakerId_hash_width_key" ON "SpeakerPhoto"("speakerId", "hash", "width");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
