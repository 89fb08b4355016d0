import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { inTransaction } from "@/lib/db/transaction";
import { approveLoan, resubmitLoan, returnLoan } from "@/lib/cases/review-loan";
import { signContracts } from "@/lib/cases/sign-contracts";
import { recheckAndDisburse } from "@/lib/cases/recheck-and-disburse";
import { registerMortgage } from "@/lib/registry/register-mortgage";
import { notifyLoanStage } from "@/lib/notifications/loan-stage-events";
import { acceptedLoan, createApplicant, createCenter, type Center } from "../cases/fixtures";

let c: Center;
beforeAll(async () => {
  c = await createCenter();
});

const citizenItems = (depositorId: string) =>
  db.notification.findMany({ where: { depositorId }, orderBy: [{ createdAt: "asc" }, { eventKey: "asc" }] });
const smsOf = (notificationIds: string[]) => db.smsOutbox.findMany({ where: { notificationId: { in: notificationIds } } });
const staffItems = (title: string) =>
  db.notification.findMany({ where: { title, userId: { not: null } }, select: { userId: true, link: true, kind: true } });

describe("a loan case's stages notify the borrower and the staff whose queue it enters", () => {
  it("one inbox item and one SMS per stage for the borrower, in the stage's transaction; each queue's staff an inbox item", async () => {
    const a = await createApplicant(c);
    const { caseId, caseNo, matterId, loanNo } = await acceptedLoan(c, a, { termMonths: 60 });
    const reviewers = [c.users.reviewerA, c.users.reviewerB, c.users.reviewerC, c.users.dual].map((u) => u.id).sort();

    // ACCEPTED: the approval queue's reviewers are told (never the accepting teller).
    const toReview = await staffItems(`待审批：办件${caseNo}`);
    expect(toReview.map((n) => n.userId).sort()).toEqual(reviewers);
    expect(toReview.every((n) => n.link === `/review/cases/${caseId}` && n.kind === "LOAN_QUEUE")).toBe(true);

    await approveLoan({ actor: c.actors.reviewerA, matterId, expectedVersion: 0, note: "材料齐全" });
    // The decision goes back to the teller who accepted the case.
    expect(await staffItems(`办件${caseNo}：审核通过`)).toEqual([
      { userId: c.users.teller.id, link: `/window/cases/${caseId}`, kind: "LOAN_QUEUE" },
    ]);
    // A stale second approval is refused and notifies nobody.
    const [inboxBefore, outboxBefore] = [await db.notification.count(), await db.smsOutbox.count()];
    await expect(approveLoan({ actor: c.actors.reviewerB, matterId, expectedVersion: 0, note: "" })).rejects.toMatchObject({
      code: "ALREADY_HANDLED",
    });
    expect([await db.notification.count(), await db.smsOutbox.count()]).toEqual([inboxBefore, outboxBefore]);

    await signContracts({ actor: c.actors.teller, matterId, expectedVersion: 1 });
    await registerMortgage({ actor: c.actors.teller, matterId, expectedVersion: 2 });
    // The recheck queue: neither the acceptor nor the approver (four-eyes).
    const toRecheck = await staffItems(`待复核：办件${caseNo}`);
    expect(toRecheck.map((n) => n.userId).sort()).toEqual(reviewers.filter((id) => id !== c.users.reviewerA.id));
    await recheckAndDisburse({ actor: c.actors.reviewerB, matterId, expectedVersion: 3, firstDueDate: "2027-01-31" });

    const items = await citizenItems(a.applicant.id);
    expect(items.map((n) => n.title)).toEqual([
      "贷款申请已受理",
      "贷款审批通过",
      "贷款合同已签订",
      "抵押登记已办结",
      "贷款复核通过",
      "贷款已发放",
    ]);
    expect(items.every((n) => n.kind === "LOAN_STAGE" && n.link === "/portal" && n.readAt === null)).toBe(true);
    expect(items[5]!.body).toBe(`您的公积金贷款（办件${caseNo}，贷款${loanNo}）已发放至收款账户，请按期还款。`);
    // Each stage was written at its transition's time.
    const transitions = await db.caseTransition.findMany({ where: { matterId }, orderBy: { at: "asc" } });
    expect(items.map((n) => n.createdAt.getTime())).toEqual(transitions.map((t) => t.at.getTime()));

    const sms = await smsOf(items.map((n) => n.id));
    expect(sms).toHaveLength(6);
    for (const n of items) {
      expect(sms.filter((s) => s.notificationId === n.id)).toEqual([
        expect.objectContaining({ phone: "13900000000", text: `【住房公积金】${n.body}`, status: "PENDING", attempts: 0 }),
      ]);
    }
  });

  it("a return and a resubmission notify again (each transition once)", async () => {
    const a = await createApplicant(c);
    const { matterId } = await acceptedLoan(c, a);
    await returnLoan({ actor: c.actors.reviewerA, matterId, missingMaterials: ["收入证明"], note: "补件" });
    await resubmitLoan({ actor: c.actors.teller, matterId });
    const items = await citizenItems(a.applicant.id);
    expect(items.map((n) => n.title)).toEqual(["贷款申请已受理", "贷款申请需补件", "贷款申请已受理"]);
    expect(await smsOf(items.map((n) => n.id))).toHaveLength(3);
  });

  it("an event rolled back writes no notification and no SMS", async () => {
    const a = await createApplicant(c);
    const { matterId } = await acceptedLoan(c, a);
    const [inbox, outbox] = [await db.notification.count(), await db.smsOutbox.count()];
    await expect(
      inTransaction(async (tx) => {
        await notifyLoanStage(tx, { matterId, stage: "APPROVED", version: 99, now: new Date() });
        throw new Error("the event failed after notifying");
      }),
    ).rejects.toThrow("the event failed");
    expect([await db.notification.count(), await db.smsOutbox.count()]).toEqual([inbox, outbox]);
  });

  it("the same event twice notifies once", async () => {
    const a = await createApplicant(c);
    const { matterId } = await acceptedLoan(c, a);
    const before = await db.smsOutbox.count();
    await inTransaction((tx) => notifyLoanStage(tx, { matterId, stage: "ACCEPTED", version: 0, now: new Date() }));
    expect(await db.smsOutbox.count()).toBe(before);
    expect(await citizenItems(a.applicant.id)).toHaveLength(1);
  });
});
