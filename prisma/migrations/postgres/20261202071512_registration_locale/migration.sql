-- AlterTable
ALTER TABLE "Registration" ADD COLUMN     "locale" TEXT NOT NULL DEFAULT 'en';
