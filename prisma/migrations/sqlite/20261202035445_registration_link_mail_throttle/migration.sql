-- AlterTable
ALTER TABLE "Registration" ADD COLUMN "linkMailedAt" DATETIME;
