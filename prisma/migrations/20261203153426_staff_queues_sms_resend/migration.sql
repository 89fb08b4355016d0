-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationKind" ADD VALUE 'WITHDRAWAL_QUEUE';
ALTER TYPE "NotificationKind" ADD VALUE 'BACK_PAYMENT_QUEUE';

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "queueKey" TEXT;

-- AlterTable
ALTER TABLE "SmsOutbox" ADD COLUMN     "resends" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "Notification_queueKey_idx" ON "Notification"("queueKey");
