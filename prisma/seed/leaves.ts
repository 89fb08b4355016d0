import type { Tx } from "../../lib/db";
import { recordAudit } from "../../lib/audit/record-audit";
import { dateColumn, monthEndOf } from "../../lib/dates/calendar";
import { DEMO_CITIZENS } from "./demo-accounts";

/**
 * 撤销减员 demo: one leave agent01 recorded today for an employee of their employer, pending its
 * month-end seal, so /employer/staff and the window's employer page show one to cancel. The
 * employee is one nothing else uses (no loan, withdrawal, case, transfer; not a demo sign-in).
 */
export async function seedPendingLeave(tx: Tx, asOf: string): Promise<void> {
  const agent = await tx.user.findUniqueOrThrow({ where: { loginName: "agent01" }, select: { id: true, employerId: true } });
  if (!agent.employerId) return;
  const [account] = await tx.$queryRaw<{ id: string }[]>`
    SELECT a.id FROM "DepositAccount" a JOIN "Depositor" d ON d.id = a."depositorId"
     WHERE a."employerId" = ${agent.employerId} AND a.status = 'NORMAL' AND a."openedOn" <= ${asOf}::date
       AND d."idNumber" <> ALL (${DEMO_CITIZENS.map((c) => c.loginName)}::text[])
       AND NOT EXISTS (SELECT 1 FROM "Loan" l WHERE l."borrowerId" = d.id OR l."coBorrowerId" = d.id)
       AND NOT EXISTS (SELECT 1 FROM "Withdrawal" w WHERE w."depositorId" = d.id)
       AND NOT EXISTS (SELECT 1 FROM "Case" c WHERE c."depositorId" = d.id)
       AND NOT EXISTS (SELECT 1 FROM "FundTransfer" t WHERE t."depositorId" = d.id)
       AND NOT EXISTS (SELECT 1 FROM "StaffChange" s WHERE s."accountId" = a.id)
     ORDER BY a."accountNo" ASC LIMIT 1`;
  if (!account) return;
  const sealOn = monthEndOf(asOf);
  const change = await tx.staffChange.create({
    data: {
      employerId: agent.employerId,
      accountId: account.id,
      kind: "LEAVE",
      status: "PENDING",
      channel: "ONLINE",
      effectiveOn: dateColumn(asOf),
      sealOn: dateColumn(sealOn),
      reason: "合同到期（示例：可撤销减员）",
      recordedById: agent.id,
    },
  });
  await recordAudit(tx, {
    actorId: agent.id,
    action: "EMPLOYEE_LEAVE_RECORDED",
    entityType: "DepositAccount",
    entityId: account.id,
    fromState: "NORMAL",
    toState: `SEAL_ON:${sealOn}`,
    detail: { staffChangeId: change.id, employerId: agent.employerId, leftOn: asOf, sealOn, reason: "seed", channel: "ONLINE" },
  });
}
