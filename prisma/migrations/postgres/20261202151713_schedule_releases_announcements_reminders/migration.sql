-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "reminderEnabled" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "reminderTime" TEXT NOT NULL DEFAULT '10:00';

-- AlterTable
ALTER TABLE "OutboxMail" ADD COLUMN     "announcementId" INTEGER,
ADD COLUMN     "dedupeKey" TEXT,
ADD COLUMN     "releaseId" INTEGER;

-- CreateTable
CREATE TABLE "ScheduleRelease" (
    "id" SERIAL NOT NULL,
    "eventId" INTEGER NOT NULL,
    "sequence" INTEGER NOT NULL,
    "version" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "snapshot" TEXT NOT NULL,
    "changes" TEXT NOT NULL DEFAULT '[]',
    "releasedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScheduleRelease_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Announcement" (
    "id" SERIAL NOT NULL,
    "eventId" INTEGER NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "audience" TEXT NOT NULL,
    "sessionId" INTEGER,
    "isNews" BOOLEAN NOT NULL DEFAULT false,
    "sentBy" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Announcement_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ScheduleRelease_eventId_sequence_key" ON "ScheduleRelease"("eventId", "sequence");

-- CreateIndex
CREATE UNIQUE INDEX "ScheduleRelease_eventId_version_key" ON "ScheduleRelease"("eventId", "version");

-- CreateIndex
CREATE INDEX "Announcement_eventId_createdAt_idx" ON "Announcement"("eventId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "OutboxMail_dedupeKey_key" ON "OutboxMail"("dedupeKey");

-- CreateIndex
CREATE INDEX "OutboxMail_announcementId_idx" ON "OutboxMail"("announcementId");

-- AddForeignKey
ALTER TABLE "ScheduleRelease" ADD CONSTRAINT "ScheduleRelease_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboxMail" ADD CONSTRAINT "OutboxMail_releaseId_fkey" FOREIGN KEY ("releaseId") REFERENCES "ScheduleRelease"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboxMail" ADD CONSTRAINT "OutboxMail_announcementId_fkey" FOREIGN KEY ("announcementId") REFERENCES "Announcement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Announcement" ADD CONSTRAINT "Announcement_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Announcement" ADD CONSTRAINT "Announcement_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE SET NULL ON UPDATE CASCADE;
