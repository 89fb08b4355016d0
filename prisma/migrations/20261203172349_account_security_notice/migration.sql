-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'ACCOUNT_SECURITY';
