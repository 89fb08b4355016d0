import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addMonthsClamped, dateColumn, todayInShanghai } from "@/lib/dates/calendar";
import type { Actor } from "@/lib/auth/actor";
import { DomainError } from "@/lib/errors";
import { approveLoan, resubmitLoan, returnLoan } from "@/lib/cases/review-loan";
import { signContracts } from "@/lib/cases/sign-contracts";
import { recheckAndDisburse } from "@/lib/cases/recheck-and-disburse";
import { acceptLoanMatter, acceptOnlineApplication } from "@/lib/cases/accept-loan";
import { openCaseAtWindow } from "@/lib/cases/open-case";
import { submitOnlineLoanApplication } from "@/lib/cases/submit-online-application";
import { handOverCase } from "@/lib/cases/hand-over-case";
import { caseErrorMessage } from "@/lib/cases/messages";
import { registerMortgage } from "@/lib/registry/register-mortgage";
import { insertBan } from "@/lib/fraud/ban-store";
import { banRefusalText, fraudRefusalText } from "@/lib/fraud/refusal-messages";
import { localBank } from "@/lib/bank/local-bank";
import type { BankPort } from "@/lib/bank/bank-port";
import {
  acceptedLoan,
  actorOf,
  createApplicant,
  createCenter,
  errorOf,
  loanInput,
  rowCounts,
  type Applicant,
  type Center,
} from "./fixtures";

let c: Center;
let teller5: Actor;
let window5: { id: string };
beforeAll(async () => {
  c = await createCenter();
  window5 = await db.serviceWindow.create({ data: { centerId: c.center.id, number: 5, name: "5号综合窗口" } });
  teller5 = actorOf(
    await db.user.create({ data: { loginName: "teller05", displayName: "teller05", passwordHash: "x", roles: ["TELLER"] } }),
    window5.id,
  );
});

async function citizenOf(a: Applicant) {
  return db.user.create({
    data: {
      loginName: a.applicant.idNumber,
      displayName: a.applicant.name,
      passwordHash: "x",
      roles: ["CITIZEN"],
      depositorId: a.applicant.id,
    },
  });
}

async function submittedOnline(a: Applicant) {
  const citizen = await citizenOf(a);
  return submitOnlineLoanApplication({ depositorId: a.applicant.id, userId: citizen.id, ...loanInput(a) });
}

/** The applicant's home changed hands twice within 12 months (a repeat trade). */
async function makeRepeatTrade(a: Applicant) {
  const today = todayInShanghai();
  await db.realEstateCertificate.update({
    where: { id: a.home.certificate.id },
    data: { issuedOn: dateColumn(addMonthsClamped(today, -2)) },
  });
  await db.realEstateCertificate.create({
    data: {
      certNo: `${a.home.certificate.certNo}-旧`,
      unitId: a.home.unit.id,
      issuedOn: dateColumn(addMonthsClamped(today, -7)),
      purchasePrice: "1800000.00",
      status: "CANCELLED",
    },
  });
}

async function toRegistered(a: Applicant, overrides = {}) {
  const accepted = await acceptedLoan(c, a, overrides);
  await approveLoan({ actor: c.actors.reviewerA, matterId: accepted.matterId });
  await signContracts({ actor: c.actors.teller, matterId: accepted.matterId });
  await registerMortgage({ actor: c.actors.teller, matterId: accepted.matterId });
  return accepted;
}

async function ban(a: Applicant, reason: string) {
  return db.$transaction((tx) =>
    insertBan(
      tx,
      { idNumber: a.applicant.idNumber, name: a.applicant.name, depositorId: a.applicant.id, reason, evidence: "核查报告", years: 5 },
      { userId: c.users.admin.id, today: todayInShanghai(), now: new Date() },
    ),
  );
}

describe("online acceptance runs the window's screening", () => {
  it("online acceptance by a relative is refused (insider), flagged, nothing accepted", async () => {
    const a = await createApplicant(c);
    const online = await submittedOnline(a);
    await db.staffRelative.create({
      data: { userId: c.users.teller2.id, idNumber: a.applicant.idNumber, name: a.applicant.name, relation: "兄弟" },
    });
    const before = await rowCounts();
    const refused = await errorOf(acceptOnlineApplication({ actor: c.actors.teller2, matterId: online.matterId }));
    expect(refused.code).toBe("INSIDER_CONFLICT");
    expect(caseErrorMessage(refused as DomainError)).toMatch(/亲属/);
    const matter = await db.caseMatter.findUniqueOrThrow({ where: { id: online.matterId }, include: { case: true } });
    expect(matter.loanStage).toBe("SUBMITTED");
    expect(matter.case).toMatchObject({ acceptedById: null, windowId: null });
    expect(await rowCounts()).toEqual(before);
    expect(
      await db.fraudFlag.count({ where: { kind: "INSIDER_CONFLICT", depositorId: a.applicant.id, handledById: c.users.teller2.id } }),
    ).toBe(1);
    // Another teller, no tie: accepted.
    await acceptOnlineApplication({ actor: c.actors.teller, matterId: online.matterId });
    expect((await db.caseMatter.findUniqueOrThrow({ where: { id: online.matterId } })).loanStage).toBe("ACCEPTED");
  });

  it("online acceptance flags a repeat trade like the window does", async () => {
    const atWindow = await createApplicant(c);
    await makeRepeatTrade(atWindow);
    await acceptedLoan(c, atWindow);
    const online = await createApplicant(c);
    await makeRepeatTrade(online);
    const submitted = await submittedOnline(online);
    expect(await db.fraudFlag.count({ where: { depositorId: online.applicant.id } })).toBe(0);
    await acceptOnlineApplication({ actor: c.actors.teller2, matterId: submitted.matterId });

    const flags = await db.fraudFlag.findMany({
      where: { kind: "REPEAT_TRADE", depositorId: { in: [atWindow.applicant.id, online.applicant.id] } },
      select: { depositorId: true, handledById: true, windowId: true, reason: true },
    });
    expect(flags).toHaveLength(2);
    const onlineFlag = flags.find((f) => f.depositorId === online.applicant.id)!;
    const windowFlag = flags.find((f) => f.depositorId === atWindow.applicant.id)!;
    expect(onlineFlag).toMatchObject({ handledById: c.users.teller2.id, windowId: c.window2.id });
    expect(onlineFlag.reason).toBe(windowFlag.reason);
    expect((await db.caseMatter.findUniqueOrThrow({ where: { id: submitted.matterId } })).loanStage).toBe("ACCEPTED");
  });
});

describe("a teller step only at the case's window or after an audited hand-over", () => {
  it("a teller at window 5 can't sign a window-1 case; after the hand-over they can, and window 1 can't", async () => {
    const a = await createApplicant(c);
    const { matterId, caseId, loanId } = await acceptedLoan(c, a);
    await approveLoan({ actor: c.actors.reviewerA, matterId });

    const before = await rowCounts();
    const refused = await errorOf(signContracts({ actor: teller5, matterId }));
    expect(refused.code).toBe("CASE_OTHER_WINDOW");
    expect(caseErrorMessage(refused as DomainError)).toBe("该办件不属于本窗口，须在办件所在窗口办理，或由该窗口移交本窗口后办理");
    expect(await rowCounts()).toEqual(before);
    expect(await db.loanContract.count({ where: { loanId } })).toBe(0);

    // Only the case's window hands it over, with a reason, to another active window.
    expect((await errorOf(handOverCase({ actor: teller5, caseId, toWindowNo: 5, reason: "顺手办理" }))).code).toBe("CASE_OTHER_WINDOW");
    expect(await errorOf(handOverCase({ actor: c.actors.teller, caseId, toWindowNo: 5, reason: "  " }))).toMatchObject({
      code: "HANDOVER_REASON_REQUIRED",
      field: "reason",
    });
    expect(await errorOf(handOverCase({ actor: c.actors.teller, caseId, toWindowNo: 1, reason: "换窗口" }))).toMatchObject({
      code: "HANDOVER_SAME_WINDOW",
      field: "toWindowNo",
    });
    expect(await errorOf(handOverCase({ actor: c.actors.teller, caseId, toWindowNo: 42, reason: "换窗口" }))).toMatchObject({
      code: "HANDOVER_WINDOW_UNAVAILABLE",
      field: "toWindowNo",
    });
    expect(await rowCounts()).toEqual(before);

    expect(await handOverCase({ actor: c.actors.teller, caseId, toWindowNo: 5, reason: "1号窗口柜员午休，移交5号窗口签约" })).toEqual({
      caseId,
      fromWindowNo: 1,
      toWindowNo: 5,
    });
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entityId: caseId, action: "CASE_HANDED_OVER" } });
    expect(audit).toMatchObject({
      actorId: c.users.teller.id,
      windowId: c.window1.id,
      fromState: "WINDOW_1",
      toState: "WINDOW_5",
      detail: { reason: "1号窗口柜员午休，移交5号窗口签约", fromWindowId: c.window1.id, toWindowId: window5.id },
    });

    expect((await errorOf(signContracts({ actor: c.actors.teller, matterId }))).code).toBe("CASE_OTHER_WINDOW");
    await signContracts({ actor: teller5, matterId });
    await registerMortgage({ actor: teller5, matterId });
    const transitions = await db.caseTransition.findMany({
      where: { matterId, toStage: { in: ["CONTRACTS_SIGNED", "MORTGAGE_REGISTERED"] } },
      select: { windowId: true },
    });
    expect(transitions).toEqual([{ windowId: window5.id }, { windowId: window5.id }]);
    // Four-eyes is unchanged by the hand-over: the acceptor still may not recheck.
    expect((await db.case.findUniqueOrThrow({ where: { id: caseId } })).acceptedById).toBe(c.users.teller.id);
  });

  it("resubmitting a returned case and accepting in a case follow the same rule", async () => {
    const a = await createApplicant(c);
    const { matterId } = await acceptedLoan(c, a);
    await returnLoan({ actor: c.actors.reviewerA, matterId, missingMaterials: ["收入证明"] });
    expect((await errorOf(resubmitLoan({ actor: teller5, matterId }))).code).toBe("CASE_OTHER_WINDOW");
    await resubmitLoan({ actor: c.actors.teller, matterId });

    const b = await createApplicant(c);
    const opened = await openCaseAtWindow({ actor: c.actors.teller, idNumber: b.applicant.idNumber });
    expect((await errorOf(acceptLoanMatter({ actor: teller5, caseId: opened.caseId, ...loanInput(b) }))).code).toBe("CASE_OTHER_WINDOW");
  });

  it("a teller whose window another teller has since signed in at is refused until they sign in again", async () => {
    const a = await createApplicant(c);
    const { matterId } = await acceptedLoan(c, a);
    await approveLoan({ actor: c.actors.reviewerA, matterId });
    await db.windowOccupancy.create({
      data: { windowId: c.window1.id, userId: c.users.dual.id, sessionId: "s-dual", since: new Date(), seenAt: new Date() },
    });
    const refused = await errorOf(signContracts({ actor: c.actors.teller, matterId }));
    expect(refused.code).toBe("WINDOW_OCCUPIED");
    expect(caseErrorMessage(refused as DomainError)).toBe("本窗口已由其他柜员签到，请重新签到后再办理");
    await db.windowOccupancy.update({ where: { windowId: c.window1.id }, data: { userId: c.users.teller.id, sessionId: "s-teller" } });
    await signContracts({ actor: c.actors.teller, matterId });
    await db.windowOccupancy.delete({ where: { windowId: c.window1.id } });
  });
});

describe("the blacklist again at approval, recheck and disbursement", () => {
  it("a ban filed after approval stops the disbursement with its reason, audited, nothing disbursed", async () => {
    const a = await createApplicant(c);
    const { matterId, loanId } = await toRegistered(a);
    const { entryId, endsOn } = await ban(a, "骗取住房公积金贷款");
    const refused = await errorOf(recheckAndDisburse({ actor: c.actors.reviewerB, matterId }));
    const reason = banRefusalText({ endsOn, banReason: "骗取住房公积金贷款", atWindow: true });
    // lib/ throws the facts; the catalogue words them (lib/fraud/refusal-messages).
    expect(refused).toMatchObject({ code: "BLACKLISTED", details: { banReason: "骗取住房公积金贷款", endsOn, atWindow: true, entryId } });
    expect(fraudRefusalText(refused as DomainError)).toBe(reason);
    expect(caseErrorMessage(refused as DomainError)).toBe(
      `申请人已被列入失信黑名单（骗取住房公积金贷款），${endsOn} 前不得办理住房公积金提取和贷款`,
    );
    expect((await db.caseMatter.findUniqueOrThrow({ where: { id: matterId } })).loanStage).toBe("MORTGAGE_REGISTERED");
    expect(await db.disbursement.count({ where: { loanId } })).toBe(0);
    expect(await db.loanInstallment.count({ where: { loanId } })).toBe(0);
    expect((await db.loan.findUniqueOrThrow({ where: { id: loanId } })).status).toBe("APPLYING");
    expect(await db.auditEntry.findFirstOrThrow({ where: { action: "BLACKLIST_REFUSAL", entityId: entryId } })).toMatchObject({
      actorId: c.users.reviewerB.id,
      detail: { caseMatterId: matterId, reason },
    });
    expect(reason).toBe(`申请人已被列入失信黑名单（骗取住房公积金贷款），${endsOn} 前不得办理住房公积金提取和贷款`);
  });

  it("approval is refused with the ban's reason", async () => {
    const a = await createApplicant(c);
    const { matterId } = await acceptedLoan(c, a);
    const { entryId, endsOn } = await ban(a, "伪造收入证明");
    const refused = await errorOf(approveLoan({ actor: c.actors.reviewerA, matterId }));
    expect(refused).toMatchObject({ code: "BLACKLISTED", details: { banReason: "伪造收入证明", endsOn, atWindow: true } });
    expect(fraudRefusalText(refused as DomainError)).toBe(banRefusalText({ endsOn, banReason: "伪造收入证明", atWindow: true }));
    // The words themselves, not only the catalogue's rendering of the same facts.
    expect(caseErrorMessage(refused as DomainError)).toBe(
      `申请人已被列入失信黑名单（伪造收入证明），${endsOn} 前不得办理住房公积金提取和贷款`,
    );
    expect((await db.caseMatter.findUniqueOrThrow({ where: { id: matterId } })).loanStage).toBe("ACCEPTED");
    expect(await db.auditEntry.count({ where: { entityId: matterId, action: "LOAN_APPROVE" } })).toBe(0);
    expect(await db.auditEntry.count({ where: { action: "BLACKLIST_REFUSAL", entityId: entryId } })).toBe(1);
  });
});

describe("disbursement through the bank port", () => {
  it("a bank refusal leaves the case at its stage with nothing disbursed; concurrent retries then disburse exactly once", async () => {
    const a = await createApplicant(c);
    const payeeAccount = "6222020200999888777";
    await db.simulatedBankAccount.create({ data: { accountNo: payeeAccount, holderName: "某某个人", balance: "10.00" } });
    const { matterId, loanId } = await toRegistered(a, { payeeAccount });

    const refused = await errorOf(recheckAndDisburse({ actor: c.actors.reviewerB, matterId }));
    expect(refused.code).toBe("BANK_PAYEE_MISMATCH");
    expect(caseErrorMessage(refused as DomainError)).toBe("银行退回：收款人户名与收款账号不符，贷款未发放，请核对收款账户");
    expect((await db.caseMatter.findUniqueOrThrow({ where: { id: matterId } })).loanStage).toBe("MORTGAGE_REGISTERED");
    expect(await db.disbursement.count({ where: { loanId } })).toBe(0);
    expect(await db.simulatedDisbursement.count({ where: { reference: `LOAN:${loanId}` } })).toBe(0);
    expect((await db.simulatedBankAccount.findUniqueOrThrow({ where: { accountNo: payeeAccount } })).balance.toFixed(2)).toBe("10.00");
    expect(await db.auditEntry.count({ where: { entityId: matterId, action: "LOAN_DISBURSE_FAILED" } })).toBe(1);

    // The bank's record is corrected; ten reviewers retry at once.
    await db.simulatedBankAccount.update({ where: { accountNo: payeeAccount }, data: { holderName: "南京测试置业有限公司" } });
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) => recheckAndDisburse({ actor: i % 2 ? c.actors.reviewerB : c.actors.reviewerC, matterId })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(new Set(results.filter((r): r is PromiseRejectedResult => r.status === "rejected").map((r) => r.reason.code))).toEqual(
      new Set(["ALREADY_HANDLED"]),
    );
    const disbursement = await db.disbursement.findUniqueOrThrow({ where: { loanId } });
    const transfer = await db.simulatedDisbursement.findUniqueOrThrow({ where: { reference: `LOAN:${loanId}` } });
    expect(disbursement.bankRef).toBe(transfer.bankRef);
    expect(transfer.amount.toFixed(2)).toBe("500000.00");
    expect((await db.simulatedBankAccount.findUniqueOrThrow({ where: { accountNo: payeeAccount } })).balance.toFixed(2)).toBe("500010.00");
    expect((await db.caseMatter.findUniqueOrThrow({ where: { id: matterId } })).loanStage).toBe("DISBURSED");
  });

  it("a bank that does not answer is asked exactly once more with the same reference, never paid twice", async () => {
    const calls: string[] = [];
    const flaky = (failures: number): BankPort => ({
      ...localBank,
      disburse: async (tx, transfer) => {
        calls.push(transfer.reference);
        if (calls.length <= failures) throw new DomainError("BANK_UNAVAILABLE");
        return localBank.disburse(tx, transfer);
      },
    });

    const a = await createApplicant(c);
    const { matterId, loanId } = await toRegistered(a);
    expect((await errorOf(recheckAndDisburse({ actor: c.actors.reviewerB, matterId, bank: flaky(2) }))).code).toBe("BANK_UNAVAILABLE");
    expect(calls).toEqual([`LOAN:${loanId}`, `LOAN:${loanId}`]);
    expect(await db.disbursement.count({ where: { loanId } })).toBe(0);
    expect((await db.caseMatter.findUniqueOrThrow({ where: { id: matterId } })).loanStage).toBe("MORTGAGE_REGISTERED");

    calls.length = 0;
    const done = await recheckAndDisburse({ actor: c.actors.reviewerB, matterId, bank: flaky(1) });
    expect(calls).toHaveLength(2);
    expect(await db.disbursement.count({ where: { loanId } })).toBe(1);
    expect(await db.simulatedDisbursement.count({ where: { reference: `LOAN:${loanId}` } })).toBe(1);
    expect((await db.disbursement.findUniqueOrThrow({ where: { loanId } })).bankRef).toBe(done.bankRef);
  });

  it("the local adapter pays a reference once: a resent instruction answers with the first receipt", async () => {
    const accountNo = "6222020200555444333";
    await db.simulatedBankAccount.create({ data: { accountNo, holderName: "售房人甲", balance: "0.00" } });
    const transfer = { reference: "LOAN:test-resend", amount: "1000.00", payeeName: "售房人甲", payeeAccount: accountNo };
    const first = await db.$transaction((tx) => localBank.disburse(tx, transfer));
    const again = await db.$transaction((tx) => localBank.disburse(tx, transfer));
    expect(again).toEqual(first);
    expect((await db.simulatedBankAccount.findUniqueOrThrow({ where: { accountNo } })).balance.toFixed(2)).toBe("1000.00");
    await expect(
      db.$transaction((tx) => localBank.disburse(tx, { ...transfer, reference: "LOAN:x", amount: "0.00" })),
    ).rejects.toMatchObject({ code: "BANK_INVALID_AMOUNT" });
  });
});
