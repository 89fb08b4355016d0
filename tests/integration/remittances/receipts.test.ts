import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { buildResidentId } from "@/lib/identity/resident-id";
import { postRemittance } from "@/lib/remittances/post-remittance";
import { importRemittanceReceipts } from "@/lib/remittances/import-receipts";
import { simulateEmployerTransfer } from "@/lib/remittances/simulate-transfer";
import { decideBackPayment } from "@/lib/remittances/decide-back-payment";
import { withdrawRemittance } from "@/lib/remittances/withdraw-remittance";
import { listOpenRemittances, listPostedRemittances } from "@/lib/remittances/queries";
import { NOT_OUR_EMPLOYEE } from "@/lib/remittances/row-rules";
import { createAccountHolder, createUser } from "../accounts/fund-fixtures";
import { actorFor, balanceOf, payAndImport, remittanceParties } from "./fixtures";

const NOW = new Date("2026-03-10T02:00:00Z");
const TODAY = "2026-03-10";
const HEADER = "身份证号,姓名,缴存基数,单位比例,个人比例";
const csv = (...lines: string[]) => new TextEncoder().encode(`${[HEADER, ...lines].join("\r\n")}\r\n`);

/** One employee at a fresh employer, and the current month's remittance submitted (5000 × 12 % × 2 = 1200.00). */
async function submitted(code: string) {
  const parties = await remittanceParties(code);
  const holder = await createAccountHolder(parties.employer.id, { name: "张三", balance: "100.00" });
  const result = await postRemittance({
    employerId: parties.employer.id,
    month: "2026-03-01",
    actor: parties.agent,
    source: "CSV",
    file: csv(`${holder.idNumber},张三,5000,12,12`),
    now: NOW,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return { ...parties, holder, remittance: result };
}

describe("remittances are credited only on the bank's receipt", () => {
  it("is not credited before its receipt; a mismatched receipt leaves it pending with the reason recorded and shown", async () => {
    const { employer, agent, admin, holder, remittance } = await submitted("91320100RCPT0001X");
    expect(await importRemittanceReceipts({ actor: admin, businessDate: TODAY, now: NOW })).toMatchObject({ lines: 0, credited: 0 });
    expect(await balanceOf(holder.account.id)).toBe("100.00");
    expect(await db.contribution.count({ where: { employerId: employer.id } })).toBe(0);

    const short = await payAndImport({ agent, importer: admin, remittanceId: remittance.remittanceId, amount: "1100.00", now: NOW });
    expect(short).toMatchObject({ lines: 1, credited: 0, mismatched: 1 });
    const after = await db.remittance.findUniqueOrThrow({ where: { id: remittance.remittanceId } });
    expect(after.status).toBe("PENDING_PAYMENT");
    expect(after.mismatchReason).toContain("到账 ¥1,100.00");
    expect(after.mismatchReason).toContain("与应缴合计 ¥1,200.00 不符");
    expect(await balanceOf(holder.account.id)).toBe("100.00");
    expect(await db.contribution.count({ where: { employerId: employer.id } })).toBe(0);
    expect(await db.auditEntry.count({ where: { action: "REMITTANCE_RECEIPT_MISMATCH", entityId: remittance.remittanceId } })).toBe(1);
    // Shown to the agent and to staff.
    expect((await listPostedRemittances(employer.id))[0]).toMatchObject({ statusLabel: "待银行到账", note: after.mismatchReason });
    expect((await listOpenRemittances()).find((r) => r.id === remittance.remittanceId)).toMatchObject({ note: after.mismatchReason });

    const paid = await payAndImport({ agent, importer: admin, remittanceId: remittance.remittanceId, amount: "1200.00", now: NOW });
    expect(paid).toMatchObject({ lines: 2, credited: 1, alreadyImported: 1 });
    expect(await balanceOf(holder.account.id)).toBe("1300.00");
    expect(await db.remittance.findUniqueOrThrow({ where: { id: remittance.remittanceId } })).toMatchObject({
      status: "CREDITED",
      mismatchReason: null,
      creditedById: admin.userId,
    });
  });

  it("a matching receipt credits exactly once: the same file imported twice, or two imports at once", async () => {
    const one = await submitted("91320100RCPT0002X");
    await payAndImport({ agent: one.agent, importer: one.admin, remittanceId: one.remittance.remittanceId, amount: "1200.00", now: NOW });
    const again = await importRemittanceReceipts({ actor: one.admin2, businessDate: TODAY, now: NOW });
    expect(again).toMatchObject({ credited: 0 });
    expect(again.alreadyImported).toBe(again.lines);
    expect(await balanceOf(one.holder.account.id)).toBe("1300.00");
    expect(await db.contribution.count({ where: { accountId: one.holder.account.id } })).toBe(1);
    expect(await db.ledgerEntry.count({ where: { accountId: one.holder.account.id, kind: "CONTRIBUTION" } })).toBe(1);

    const two = await submitted("91320100RCPT0003X");
    await simulateEmployerTransfer({ actor: two.agent, remittanceId: two.remittance.remittanceId, amount: "1200.00", now: NOW });
    const runs = await Promise.all([
      importRemittanceReceipts({ actor: two.admin, businessDate: TODAY, now: NOW }),
      importRemittanceReceipts({ actor: two.admin2, businessDate: TODAY, now: NOW }),
    ]);
    expect(runs.reduce((n, r) => n + r.credited, 0)).toBe(1);
    expect(await balanceOf(two.holder.account.id)).toBe("1300.00");
    expect(await db.contribution.count({ where: { accountId: two.holder.account.id } })).toBe(1);
    expect(await db.auditEntry.count({ where: { action: "REMITTANCE_CREDITED", entityId: two.remittance.remittanceId } })).toBe(1);

    // Nothing more to pay; a second transfer the bank still receives is recorded for refund, not credited.
    const dup = await payAndImport({
      agent: two.agent,
      importer: two.admin,
      remittanceId: two.remittance.remittanceId,
      amount: "1200.00",
      now: NOW,
    }).catch((e) => e);
    expect(dup).toMatchObject({ code: "NOT_PAYABLE" });
    await db.simulatedIncomingTransfer.create({
      data: {
        bankRef: "LBRDUPLICATE0001",
        reference: two.remittance.paymentReference,
        amount: "1200.00",
        payerName: "测试单位",
        receivedOn: new Date(`${TODAY}T00:00:00Z`),
      },
    });
    expect(await importRemittanceReceipts({ actor: two.admin, businessDate: TODAY, now: NOW })).toMatchObject({
      credited: 0,
      duplicate: 1,
    });
    expect(await db.remittanceReceipt.findUniqueOrThrow({ where: { bankRef: "LBRDUPLICATE0001" } })).toMatchObject({
      outcome: "DUPLICATE",
      reason: "该汇缴已入账，本笔为重复到账，需退回单位",
    });
    expect(await balanceOf(two.holder.account.id)).toBe("1300.00");
    await expect(
      simulateEmployerTransfer({ actor: one.agent, remittanceId: two.remittance.remittanceId, amount: "1.00", now: NOW }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("a back payment needs a reason and approval by a different staff member; the approver cannot import its receipt", async () => {
    const { employer, agent, admin, reviewer } = await remittanceParties("91320100RCPT0004X");
    const holder = await createAccountHolder(employer.id, { name: "李四" });
    const file = csv(`${holder.idNumber},李四,5000,12,12`);
    await expect(
      postRemittance({ employerId: employer.id, month: "2026-01-01", actor: agent, source: "CSV", file, now: NOW }),
    ).rejects.toMatchObject({
      code: "BACK_PAY_REASON_REQUIRED",
      field: "backPayReason",
    });
    expect(await db.remittance.count({ where: { employerId: employer.id } })).toBe(0);

    const posted = await postRemittance({
      employerId: employer.id,
      month: "2026-01-01",
      backPayReason: "一月份漏报",
      actor: agent,
      source: "CSV",
      file,
      now: NOW,
    });
    expect(posted).toMatchObject({ ok: true, status: "AWAITING_APPROVAL" });
    const id = posted.ok ? posted.remittanceId : "";
    // Paid before approval: the line stays in the bank's file, nothing is credited, staff see why.
    const early = await payAndImport({ agent, importer: admin, remittanceId: id, amount: "1200.00", now: NOW });
    expect(early).toMatchObject({ credited: 0, deferred: [{ reason: expect.stringContaining("补缴尚待审批") }] });
    expect(await balanceOf(holder.account.id)).toBe("0.00");
    expect((await db.remittance.findUniqueOrThrow({ where: { id } })).mismatchReason).toContain("补缴尚待审批");
    expect(await db.auditEntry.count({ where: { action: "REMITTANCE_RECEIPT_HELD", entityId: id } })).toBe(1);

    // The agent cannot approve; nor can a reviewer who submitted it (refusal audited).
    await expect(decideBackPayment({ actor: agent, remittanceId: id, decision: "APPROVE", now: NOW })).rejects.toMatchObject({
      code: "FORBIDDEN_ROLE",
    });
    const agentReviewer = await createUser(["EMPLOYER_AGENT", "REVIEWER"], { employerId: employer.id });
    const own = await postRemittance({
      employerId: employer.id,
      month: "2026-02-01",
      backPayReason: "二月份漏报",
      actor: actorFor(agentReviewer),
      source: "CSV",
      file,
      now: NOW,
    });
    const ownId = own.ok ? own.remittanceId : "";
    await expect(
      decideBackPayment({ actor: actorFor(agentReviewer), remittanceId: ownId, decision: "APPROVE", now: NOW }),
    ).rejects.toMatchObject({ code: "SELF_APPROVAL" });
    expect(
      await db.auditEntry.count({ where: { action: "REMITTANCE_DECISION_REFUSED", entityId: ownId, actorId: agentReviewer.id } }),
    ).toBe(1);
    expect((await db.remittance.findUniqueOrThrow({ where: { id: ownId } })).status).toBe("AWAITING_APPROVAL");

    // A reviewer who is also an ADMIN approves; the receipt must then be imported by someone else.
    const reviewerAdmin = actorFor(await createUser(["REVIEWER", "ADMIN"]));
    expect(await decideBackPayment({ actor: reviewerAdmin, remittanceId: id, decision: "APPROVE", note: "情况属实", now: NOW })).toEqual({
      status: "PENDING_PAYMENT",
    });
    await expect(decideBackPayment({ actor: reviewer, remittanceId: id, decision: "APPROVE", now: NOW })).rejects.toMatchObject({
      code: "ALREADY_HANDLED",
    });
    const approval = await db.auditEntry.findFirstOrThrow({ where: { action: "REMITTANCE_BACKPAY_APPROVED", entityId: id } });
    expect(approval).toMatchObject({ actorId: reviewerAdmin.userId, fromState: "AWAITING_APPROVAL", toState: "PENDING_PAYMENT" });
    const byApprover = await importRemittanceReceipts({ actor: reviewerAdmin, businessDate: TODAY, now: NOW });
    expect(byApprover).toMatchObject({ credited: 0, deferred: [{ reason: "您是该汇缴的经办人或审批人，须由其他工作人员导入" }] });
    expect(await balanceOf(holder.account.id)).toBe("0.00");
    expect(await importRemittanceReceipts({ actor: admin, businessDate: TODAY, now: NOW })).toMatchObject({ credited: 1 });
    expect(await balanceOf(holder.account.id)).toBe("1200.00");
    expect((await db.ledgerEntry.findFirstOrThrow({ where: { accountId: holder.account.id, kind: "CONTRIBUTION" } })).note).toBe(
      "2026年01月补缴",
    );

    // Rejecting needs a reason; a rejected month can be submitted again.
    await expect(decideBackPayment({ actor: reviewer, remittanceId: ownId, decision: "REJECT", now: NOW })).rejects.toMatchObject({
      code: "NOTE_REQUIRED",
      field: "note",
    });
    expect(await decideBackPayment({ actor: reviewer, remittanceId: ownId, decision: "REJECT", note: "缺少证明材料", now: NOW })).toEqual({
      status: "REJECTED",
    });
    const resubmitted = await postRemittance({
      employerId: employer.id,
      month: "2026-02-01",
      backPayReason: "二月份漏报，附证明",
      actor: agent,
      source: "CSV",
      file,
      now: NOW,
    });
    expect(resubmitted).toMatchObject({ ok: true, status: "AWAITING_APPROVAL" });
    expect((await listPostedRemittances(employer.id)).find((r) => r.id === ownId)).toMatchObject({
      statusLabel: "已退回",
      note: "缺少证明材料",
    });
  });

  it("the agent withdraws an unpaid remittance to submit the month again; a transfer that still arrives for it is not credited", async () => {
    const { employer, agent, admin, holder, remittance } = await submitted("91320100RCPT0008X");
    const other = await remittanceParties("91320100RCPT0009X");
    await expect(withdrawRemittance({ actor: other.agent, remittanceId: remittance.remittanceId, now: NOW })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await simulateEmployerTransfer({ actor: agent, remittanceId: remittance.remittanceId, amount: "1200.00", now: NOW });
    await withdrawRemittance({ actor: agent, remittanceId: remittance.remittanceId, now: NOW });
    await expect(withdrawRemittance({ actor: agent, remittanceId: remittance.remittanceId, now: NOW })).rejects.toMatchObject({
      code: "ALREADY_HANDLED",
    });
    expect(
      await db.auditEntry.count({ where: { action: "REMITTANCE_WITHDRAWN", entityId: remittance.remittanceId, actorId: agent.userId } }),
    ).toBe(1);
    expect(await importRemittanceReceipts({ actor: admin, businessDate: TODAY, now: NOW })).toMatchObject({ credited: 0, mismatched: 1 });
    expect(await balanceOf(holder.account.id)).toBe("100.00");
    const again = await postRemittance({
      employerId: employer.id,
      month: "2026-03-01",
      actor: agent,
      source: "CSV",
      file: csv(`${holder.idNumber},张三,6000,12,12`),
      now: NOW,
    });
    expect(again).toMatchObject({ ok: true, status: "PENDING_PAYMENT", total: "1440.00" });
  });

  it("refuses a month before the employer's registration or the employee's account opening", async () => {
    const { employer, agent } = await remittanceParties("91320100RCPT0005X", "2025-06-15");
    const holder = await createAccountHolder(employer.id, { name: "王五" });
    await db.depositAccount.update({ where: { id: holder.account.id }, data: { openedOn: new Date("2026-02-01T00:00:00Z") } });
    const file = csv(`${holder.idNumber},王五,5000,12,12`);
    const backPayReason = "补缴";
    await expect(
      postRemittance({ employerId: employer.id, month: "2025-05-01", backPayReason, actor: agent, source: "CSV", file, now: NOW }),
    ).rejects.toMatchObject({
      code: "MONTH_BEFORE_REGISTRATION",
      field: "month",
    });
    await expect(
      postRemittance({ employerId: employer.id, month: "1990-01-01", backPayReason, actor: agent, source: "CSV", file, now: NOW }),
    ).rejects.toMatchObject({
      code: "MONTH_BEFORE_REGISTRATION",
    });
    expect(
      await postRemittance({ employerId: employer.id, month: "2026-01-01", backPayReason, actor: agent, source: "CSV", file, now: NOW }),
    ).toEqual({
      ok: false,
      errors: [{ row: 2, column: "身份证号", reason: "该职工账户于2026年02月开户，不能汇缴开户前的月份" }],
    });
    expect(await db.remittance.count({ where: { employerId: employer.id } })).toBe(0);
  });

  // An account at another employer is named as such only to a row carrying the registered name —
  // exactly what the hire form answers for the same ID number and name (ACTIVE_ELSEWHERE); a wrong
  // name, a sealed account elsewhere or no account at all get one and the same message.
  it("the row check says the same for no account, a sealed account elsewhere and a wrong name on an account elsewhere, and never compares names with our own", async () => {
    const { employer, agent } = await remittanceParties("91320100RCPT0006X");
    const elsewhere = await remittanceParties("91320100RCPT0007X");
    const ours = await createAccountHolder(employer.id, { name: "赵六" });
    const theirs = await createAccountHolder(elsewhere.employer.id, { name: "钱七" });
    const sealedThere = await createAccountHolder(elsewhere.employer.id, { name: "周九" });
    await db.depositAccount.update({ where: { id: sealedThere.account.id }, data: { status: "SEALED" } });
    const nobody = buildResidentId("320102", "1985-05-05", 901);
    const result = await postRemittance({
      employerId: employer.id,
      month: "2026-03-01",
      actor: agent,
      source: "CSV",
      file: csv(
        `${ours.idNumber},随便写的名字,5000,12,12`,
        `${theirs.idNumber},钱 七,5000,12,12`,
        `${nobody},孙八,5000,12,12`,
        `${sealedThere.idNumber},周九,5000,12,12`,
      ),
      now: NOW,
    });
    expect(result).toEqual({
      ok: false,
      errors: [
        { row: 3, column: "身份证号", reason: NOT_OUR_EMPLOYEE },
        { row: 4, column: "身份证号", reason: NOT_OUR_EMPLOYEE },
        { row: 5, column: "身份证号", reason: NOT_OUR_EMPLOYEE },
      ],
    });
  });

  it("a row for a person still contributing at another employer says to have the account transferred first, nothing written", async () => {
    const { employer, agent } = await remittanceParties("91320100RCPTLE01X");
    const elsewhere = await remittanceParties("91320100RCPTLE02X");
    const ours = await createAccountHolder(employer.id, { name: "吴十" });
    const theirs = await createAccountHolder(elsewhere.employer.id, { name: "郑十一" });
    const before = { remittances: await db.remittance.count(), audits: await db.auditEntry.count() };
    const result = await postRemittance({
      employerId: employer.id,
      month: "2026-03-01",
      actor: agent,
      source: "CSV",
      file: csv(`${ours.idNumber},吴十,5000,12,12`, `${theirs.idNumber},郑十一,5000,12,12`),
      now: NOW,
    });
    expect(result).toEqual({ ok: false, errors: [{ row: 3, column: "身份证号", reason: "该职工账户仍在其他单位缴存，请先办理转移" }] });
    expect({ remittances: await db.remittance.count(), audits: await db.auditEntry.count() }).toEqual(before);
  });
});
