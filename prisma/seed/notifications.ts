import type { Prisma } from "../../lib/generated/prisma/client";

/**
 * The seed's history runs the app's own daily batch and loan steps, which write inbox items and
 * SMS outbox rows as production would. Those SMS belong to the past the seed invents: none is sent
 * when the server starts on the demo data (EXPIRED, with the reason). The inbox items stay, so
 * every demo borrower's 消息中心 has its reminders and overdue notices.
 */
export async function closeSeededSmsOutbox(tx: Prisma.TransactionClient): Promise<number> {
  return tx.$executeRaw`
    UPDATE "SmsOutbox" SET status = 'EXPIRED', "lastError" = '演示数据的历史短信，不发送' WHERE status = 'PENDING'`;
}
