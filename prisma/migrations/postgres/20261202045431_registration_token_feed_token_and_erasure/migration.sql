-- The read-only calendar feed token's hash beside the private link's; erasing a registration keeps its
-- link rows cut loose (registrationId null) so its feed can answer 410 Gone.
-- DropForeignKey
ALTER TABLE "RegistrationToken" DROP CONSTRAINT "RegistrationToken_registrationId_fkey";

-- AlterTable
ALTER TABLE "RegistrationToken" ADD COLUMN     "feedTokenHash" TEXT,
ALTER COLUMN "registrationId" DROP NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "RegistrationToken_feedTokenHash_key" ON "RegistrationToken"("feedTokenHash");

-- AddForeignKey
ALTER TABLE "RegistrationToken" ADD CONSTRAINT "RegistrationToken_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE SET NULL ON UPDATE CASCADE;
