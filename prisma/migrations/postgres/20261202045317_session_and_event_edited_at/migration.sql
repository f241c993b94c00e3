-- Session.editedAt and Event.editedAt replace updatedAt, which Prisma moved on every seat taken (see
-- prisma/models). Renamed by hand rather than dropped and added, so each row keeps its last known change.

-- AlterTable
ALTER TABLE "Event" RENAME COLUMN "updatedAt" TO "editedAt";
ALTER TABLE "Event" ALTER COLUMN "editedAt" SET DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "Session" RENAME COLUMN "updatedAt" TO "editedAt";
ALTER TABLE "Session" ALTER COLUMN "editedAt" SET DEFAULT CURRENT_TIMESTAMP;
