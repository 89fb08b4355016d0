"use server";

import { requireRole } from "@/lib/auth/current-user";
import { verifyAuditLog, type ChainReportDto } from "@/lib/audit/verify-log";

export type VerifyState = { report?: ChainReportDto; checkedAt?: string };

/** ADMIN recomputes the audit hash chain; read-only, so repeating it is harmless. Not formAction: no fields, role first. */
export async function verifyAuditChainAction(): Promise<VerifyState> {
  await requireRole("ADMIN");
  const report = await verifyAuditLog();
  return { report, checkedAt: new Date().toISOString() };
}
