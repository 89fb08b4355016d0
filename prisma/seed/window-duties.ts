import type { Prisma } from "../../lib/generated/prisma/client";

/**
 * kpi2: which windows each demo supervisor (值班长) is on duty for. duty01 黄蓉 has windows 1–5,
 * duty02 马骏 windows 6–8; windows 9 and 10 have none, so their tasks are every supervisor's.
 */
export const WINDOW_DUTIES: Record<string, readonly number[]> = { duty01: [1, 2, 3, 4, 5], duty02: [6, 7, 8] };

export async function seedWindowDuties(tx: Prisma.TransactionClient): Promise<void> {
  const admin = await tx.user.findUniqueOrThrow({ where: { loginName: "admin" }, select: { id: true } });
  for (const [loginName, numbers] of Object.entries(WINDOW_DUTIES)) {
    const user = await tx.user.findUniqueOrThrow({ where: { loginName }, select: { id: true } });
    const windows = await tx.serviceWindow.findMany({ where: { number: { in: [...numbers] } }, select: { id: true } });
    await tx.windowSupervisor.createMany({ data: windows.map((w) => ({ windowId: w.id, userId: user.id, assignedById: admin.id })) });
  }
}
