-- CreateIndex
CREATE INDEX "SpeakerPhoto_hash_width_idx" ON "SpeakerPhoto"("hash", "width");

-- AddForeignKey
ALTER TABLE "SpeakerPhoto" ADD CONSTRAINT "SpeakerPhoto_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Speaker"("id") ON DELETE CASCADE ON UPDATE CASCADE;
