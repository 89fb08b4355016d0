import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { approveLoan } from "@/lib/cases/review-loan";
import { signContracts } from "@/lib/cases/sign-contracts";
import { recheckAndDisburse } from "@/lib/cases/recheck-and-disburse";
import { registerMortgage } from "@/lib/registry/register-mortgage";
import { handOverCase } from "@/lib/cases/hand-over-case";
import { releaseMortgageOnPayoff } from "@/lib/registry/release-mortgage";
import { loadPropertyFacts } from "@/lib/registry/property-facts";
import { acceptedLoan, createApplicant, createCenter, errorOf, type Center } from "../cases/fixtures";

let c: Center;
beforeAll(async () => {
  c = await createCenter();
});

async function toContractsSigned(amount = "50000.00", termMonths = 12) {
  const a = await createApplicant(c);
  const accepted = await acceptedLoan(c, a, { amount, termMonths });
  await approveLoan({ actor: c.actors.reviewerA, matterId: accepted.matterId });
  await signContracts({ actor: c.actors.teller, matterId: accepted.matterId });
  return { a, ...accepted };
}

describe("mortgage registration and release", () => {
  it("refuses to register when the unit got another mortgage meanwhile", async () => {
    const { a, matterId } = await toContractsSigned();
    await db.mortgage.create({
      data: {
        registrationNo: "苏(2026)南京市不动产证明第0000009号",
        unitId: a.home.unit.id,
        certificateId: a.home.certificate.id,
        mortgagee: "某银行",
        mortgagorIdNumber: a.applicant.idNumber,
        mortgagorName: a.applicant.name,
        securedAmount: "1.00",
      },
    });
    expect(await errorOf(registerMortgage({ actor: c.actors.teller, matterId }))).toMatchObject({
      code: "UNIT_ALREADY_MORTGAGED",
      field: "property",
    });
    expect((await db.caseMatter.findUniqueOrThrow({ where: { id: matterId } })).loanStage).toBe("CONTRACTS_SIGNED");
  });

  it("continues the yearly registration series after the existing numbers", async () => {
    const { matterId, caseId } = await toContractsSigned();
    // Issue 14: a teller step at another window only after an audited hand-over.
    await handOverCase({ actor: c.actors.teller, caseId, toWindowNo: 2, reason: "移交2号窗口办理抵押登记" });
    const { registrationNo } = await registerMortgage({ actor: c.actors.teller2, matterId });
    const year = registrationNo.slice(2, 6);
    expect(registrationNo).toBe(`苏(${year})南京市不动产证明第${year === "2026" ? "0000010" : "0000001"}号`);
  });

  it("paying off a loan releases its mortgage in the same flow, once", async () => {
    const { a, matterId, loanId } = await toContractsSigned("12000.00", 12);
    await registerMortgage({ actor: c.actors.teller, matterId });
    await recheckAndDisburse({ actor: c.actors.reviewerB, matterId });
    expect(await db.$transaction((tx) => releaseMortgageOnPayoff(tx, { loanId, actorLabel: "batch" }))).toEqual({ status: "NOT_PAID_OFF" });

    // Pay every installment directly (servicing is another issue).
    await db.$executeRaw`UPDATE "LoanInstallment" SET status = 'PAID', "paidAmount" = payment, "paidOn" = "dueDate" WHERE "loanId" = ${loanId}`;
    await db.loan.update({ where: { id: loanId }, data: { outstandingPrincipal: "0.00" } });

    const released = await db.$transaction((tx) => releaseMortgageOnPayoff(tx, { loanId, actorLabel: "batch" }));
    expect(released).toMatchObject({ status: "RELEASED", releaseNo: expect.stringMatching(/^苏\(\d{4}\)南京市不动产证明第\d{7}号$/) });
    const mortgage = await db.mortgage.findUniqueOrThrow({ where: { loanId } });
    expect(mortgage.status).toBe("RELEASED");
    expect((await db.loan.findUniqueOrThrow({ where: { id: loanId } })).status).toBe("PAID_OFF");
    const releaseCase = await db.case.findFirstOrThrow({
      where: { depositorId: a.applicant.id, matters: { some: { kind: "MORTGAGE_RELEASE" } } },
      include: { matters: true },
    });
    expect(releaseCase.status).toBe("COMPLETED");
    expect(releaseCase.matters[0]!.status).toBe("COMPLETED");
    expect((await loadPropertyFacts(db, a.home.unit.unitNo)).activeMortgages).toEqual([]);

    const again = await db.$transaction((tx) => releaseMortgageOnPayoff(tx, { loanId, actorLabel: "batch" }));
    expect(again).toEqual({ status: "ALREADY_RELEASED", releaseNo: released.status === "RELEASED" ? released.releaseNo : null });
    expect(await db.case.count({ where: { depositorId: a.applicant.id, matters: { some: { kind: "MORTGAGE_RELEASE" } } } })).toBe(1);
  });
});
