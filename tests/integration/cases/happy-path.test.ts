import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { approveLoan, rejectLoan, resubmitLoan, returnLoan } from "@/lib/cases/review-loan";
import { signContracts } from "@/lib/cases/sign-contracts";
import { recheckAndDisburse } from "@/lib/cases/recheck-and-disburse";
import { submitOnlineLoanApplication } from "@/lib/cases/submit-online-application";
import { acceptOnlineApplication } from "@/lib/cases/accept-loan";
import { registerMortgage } from "@/lib/registry/register-mortgage";
import { publishLoanPolicy, currentLoanPolicy } from "@/lib/loans/policy-store";
import { DEFAULT_LOAN_POLICY } from "@/lib/loans/policy";
import { acceptedLoan, createApplicant, createCenter, errorOf, loanInput, type Center } from "./fixtures";

let c: Center;
beforeAll(async () => {
  c = await createCenter();
});

describe("the loan case from acceptance to disbursement", () => {
  it("ACCEPTED → … → DISBURSED: one transition and one audit row per stage, a registered mortgage linked to the loan", async () => {
    const a = await createApplicant(c);
    const { caseId, caseNo, matterId, loanId, loanNo } = await acceptedLoan(c, a, { method: "EQUAL_PRINCIPAL", termMonths: 60 });
    expect(caseNo).toMatch(/^BJ\d{8}\d{4}$/);
    expect(loanNo).toMatch(/^GJJ\d{4}\d{6}$/);
    await approveLoan({ actor: c.actors.reviewerA, matterId, expectedVersion: 0, note: "材料齐全" });
    const { contracts } = await signContracts({ actor: c.actors.teller, matterId, expectedVersion: 1 });
    expect(contracts.map((k) => k.contractNo)).toEqual([
      expect.stringMatching(/^GJJDK\d{4}-\d{6}$/),
      expect.stringMatching(/^GJJDY\d{4}-\d{6}$/),
    ]);
    const { registrationNo } = await registerMortgage({ actor: c.actors.teller, matterId, expectedVersion: 2 });
    expect(registrationNo).toMatch(/^苏\(\d{4}\)南京市不动产证明第\d{7}号$/);
    const result = await recheckAndDisburse({ actor: c.actors.reviewerB, matterId, expectedVersion: 3, firstDueDate: "2027-01-31" });
    expect(result).toMatchObject({ loanNo, firstDueDate: "2027-01-31", installments: 60, caseClosed: true });

    const transitions = await db.caseTransition.findMany({ where: { matterId }, orderBy: { at: "asc" } });
    expect(transitions.map((t) => t.toStage)).toEqual([
      "ACCEPTED",
      "APPROVED",
      "CONTRACTS_SIGNED",
      "MORTGAGE_REGISTERED",
      "RECHECKED",
      "DISBURSED",
    ]);
    expect(transitions[0]!.windowId).toBe(c.window1.id);
    const audits = await db.auditEntry.findMany({ where: { entityType: "CaseMatter", entityId: matterId }, orderBy: { id: "asc" } });
    expect(audits.map((x) => x.toState)).toEqual(transitions.map((t) => t.toStage));
    expect(audits.map((x) => x.actorId)).toEqual([
      c.users.teller.id,
      c.users.reviewerA.id,
      c.users.teller.id,
      c.users.teller.id,
      c.users.reviewerB.id,
      c.users.reviewerB.id,
    ]);

    const mortgage = await db.mortgage.findUniqueOrThrow({ where: { loanId } });
    expect(mortgage).toMatchObject({ status: "REGISTERED", registrationNo, unitId: a.home.unit.id, mortgagee: "南京住房公积金管理中心" });
    expect(mortgage.securedAmount.toFixed(2)).toBe("500000.00");
    const loan = await db.loan.findUniqueOrThrow({ where: { id: loanId }, include: { installments: { orderBy: { seq: "asc" } } } });
    expect(loan.status).toBe("ACTIVE");
    expect(loan.policyVersion).toBe(1);
    expect(loan.installments[0]!.payment.toFixed(2)).toBe("9208.33"); // ¥500,000 / 60 months / 2.1 % equal principal
    expect(loan.installments[0]!.dueDate.toISOString().slice(0, 10)).toBe("2027-01-31");
    expect(loan.installments[1]!.dueDate.toISOString().slice(0, 10)).toBe("2027-02-28");
    const matters = await db.caseMatter.findMany({ where: { caseId } });
    expect(matters.map((m) => `${m.kind}:${m.status}`).sort()).toEqual(["LOAN:COMPLETED", "MORTGAGE_REGISTRATION:COMPLETED"]);
    expect((await db.case.findUniqueOrThrow({ where: { id: caseId } })).status).toBe("COMPLETED");
  });

  it("a return lists every missing material in one notice; resubmitting goes back to ACCEPTED and clears it", async () => {
    const a = await createApplicant(c);
    const { matterId } = await acceptedLoan(c, a);
    expect((await errorOf(returnLoan({ actor: c.actors.reviewerA, matterId, missingMaterials: [" ", ""] }))).code).toBe(
      "MATERIALS_REQUIRED",
    );
    await returnLoan({
      actor: c.actors.reviewerA,
      matterId,
      missingMaterials: ["近六个月收入证明", "购房合同原件", "婚姻证明"],
      note: "请一次补齐",
    });
    const returned = await db.caseMatter.findUniqueOrThrow({ where: { id: matterId } });
    expect(returned.loanStage).toBe("RETURNED");
    expect(returned.missingMaterials).toEqual(["近六个月收入证明", "购房合同原件", "婚姻证明"]);
    await resubmitLoan({ actor: c.actors.teller, matterId });
    const back = await db.caseMatter.findUniqueOrThrow({ where: { id: matterId } });
    expect(back.loanStage).toBe("ACCEPTED");
    expect(back.missingMaterials).toEqual([]);
    expect(await db.auditEntry.count({ where: { entityId: matterId } })).toBe(3);
  });

  it("a rejection closes the case and the loan", async () => {
    const a = await createApplicant(c);
    const { caseId, matterId, loanId } = await acceptedLoan(c, a);
    expect((await errorOf(rejectLoan({ actor: c.actors.reviewerA, matterId, reason: "  " }))).code).toBe("REASON_REQUIRED");
    await rejectLoan({ actor: c.actors.reviewerA, matterId, reason: "购房合同存疑" });
    expect((await db.loan.findUniqueOrThrow({ where: { id: loanId } })).status).toBe("REJECTED");
    expect(await db.case.findUniqueOrThrow({ where: { id: caseId } })).toMatchObject({ status: "COMPLETED" });
  });

  it("an online application is accepted at the window without re-typing; one open application per citizen", async () => {
    const a = await createApplicant(c);
    const citizen = await db.user.create({
      data: {
        loginName: a.applicant.idNumber,
        displayName: a.applicant.name,
        passwordHash: "x",
        roles: ["CITIZEN"],
        depositorId: a.applicant.id,
      },
    });
    const input = { depositorId: a.applicant.id, userId: citizen.id, ...loanInput(a) };
    expect((await errorOf(submitOnlineLoanApplication({ ...input, depositorId: a.spouse.id }))).code).toBe("FORBIDDEN_OWNER");
    const online = await submitOnlineLoanApplication(input);
    expect((await db.caseMatter.findUniqueOrThrow({ where: { id: online.matterId } })).loanStage).toBe("SUBMITTED");
    expect((await errorOf(submitOnlineLoanApplication(input))).code).toBe("APPLICATION_IN_PROGRESS");
    await acceptOnlineApplication({ actor: c.actors.teller2, matterId: online.matterId });
    const accepted = await db.caseMatter.findUniqueOrThrow({ where: { id: online.matterId }, include: { case: true } });
    expect(accepted.loanStage).toBe("ACCEPTED");
    expect(accepted.case).toMatchObject({ acceptedById: c.users.teller2.id, windowId: c.window2.id, channel: "ONLINE" });
    // The window's teller is now the acceptor: four-eyes applies to them as to any acceptance.
    expect((await errorOf(acceptOnlineApplication({ actor: c.actors.teller2, matterId: online.matterId }))).code).toBe("ALREADY_HANDLED");
  });

  it("publishing a policy creates version 2 and a new loan records it", async () => {
    expect((await errorOf(publishLoanPolicy({ actor: c.actors.reviewerA, rules: DEFAULT_LOAN_POLICY }))).code).toBe("FORBIDDEN_ROLE");
    expect((await errorOf(publishLoanPolicy({ actor: c.actors.admin, rules: { ...DEFAULT_LOAN_POLICY, cityCap: "-1" } }))).code).toBe(
      "INVALID_POLICY",
    );
    const { version } = await publishLoanPolicy({
      actor: c.actors.admin,
      rules: { ...DEFAULT_LOAN_POLICY, cityCap: "1200000.00" },
      note: "提高最高额度",
    });
    expect(version).toBe(2);
    expect((await currentLoanPolicy(db)).rules.cityCap).toBe("1200000.00");
    const a = await createApplicant(c);
    const { loanId } = await acceptedLoan(c, a, { amount: "1100000.00" });
    expect((await db.loan.findUniqueOrThrow({ where: { id: loanId } })).policyVersion).toBe(2);
  });
});
