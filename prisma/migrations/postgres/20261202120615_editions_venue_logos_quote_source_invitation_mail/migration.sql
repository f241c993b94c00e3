-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "contactEmail" TEXT,
ADD COLUMN     "status" TEXT NOT NULL DEFAULT 'published',
ADD COLUMN     "venueDistrict" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "venueMapUrl" TEXT;

-- AlterTable
ALTER TABLE "OutboxMail" ADD COLUMN     "invitationId" INTEGER;

-- AlterTable
ALTER TABLE "Quote" ADD COLUMN     "source" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "CurrentEdition" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "eventId" INTEGER NOT NULL,

    CONSTRAINT "CurrentEdition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrganisationLogo" (
    "id" SERIAL NOT NULL,
    "organisationId" INTEGER NOT NULL,
    "hash" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "contentType" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrganisationLogo_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CurrentEdition_eventId_key" ON "CurrentEdition"("eventId");

-- CreateIndex
CREATE INDEX "OrganisationLogo_hash_width_idx" ON "OrganisationLogo"("hash", "width");

-- CreateIndex
CREATE UNIQUE INDEX "OrganisationLogo_organisationId_hash_width_key" ON "OrganisationLogo"("organisationId", "hash", "width");

-- AddForeignKey
ALTER TABLE "CurrentEdition" ADD CONSTRAINT "CurrentEdition_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboxMail" ADD CONSTRAINT "OutboxMail_invitationId_fkey" FOREIGN KEY ("invitationId") REFERENCES "Invitation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganisationLogo" ADD CONSTRAINT "OrganisationLogo_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The edition the site presented until now (one per database before editions): the latest.
INSERT INTO "CurrentEdition" ("id", "eventId") SELECT 1, "id" FROM "Event" ORDER BY "startsAt" DESC LIMIT 1;
