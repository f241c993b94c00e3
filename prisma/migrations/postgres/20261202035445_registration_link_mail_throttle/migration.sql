-- AlterTable
ALTER TABLE "Registration" ADD COLUMN     "linkMailedAt" TIMESTAMP(3);
