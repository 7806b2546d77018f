-- AlterTable
ALTER TABLE "Story" ADD COLUMN     "leadPinned" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "profile" TEXT NOT NULL DEFAULT '';
