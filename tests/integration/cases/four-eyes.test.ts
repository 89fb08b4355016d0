import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { approveLoan, rejectLoan, returnLoan } from "@/lib/cases/review-loan";
import { signContracts } from "@/lib/cases/sign-contracts";
import { recheckAndDisburse } from "@/lib/cases/recheck-and-disburse";
import { openCaseAtWindow } from "@/lib/cases/open-case";
import { acceptLoanMatter } from "@/lib/cases/accept-loan";
import { registerMortgage } from "@/lib/registry/register-mortgage";
import { acceptedLoan, createApplicant, createCenter, errorOf, loanInput, type Center } from "./fixtures";

let c: Center;
beforeAll(async () => {
  c = await createCenter();
});

describe("four-eyes and authority", () => {
  it("a teller cannot approve their own case", async () => {
    const a = await createApplicant(c);
    const { matterId } = await acceptedLoan(c, a);
    expect((await errorOf(approveLoan({ actor: c.actors.teller, matterId }))).code).toBe("FORBIDDEN_ROLE");
    expect((await db.caseMatter.findUniqueOrThrow({ where: { id: matterId } })).loanStage).toBe("ACCEPTED");
  });

  it("staff holding TELLER + REVIEWER who accepted the case can neither approve, reject, return nor recheck it", async () => {
    const a = await createApplicant(c);
    const opened = await openCaseAtWindow({ actor: c.actors.dualAtWindow, idNumber: a.applicant.idNumber });
    const { matterId } = await acceptLoanMatter({ actor: c.actors.dualAtWindow, caseId: opened.caseId, ...loanInput(a) });
    for (const attempt of [
      () => approveLoan({ actor: c.actors.dualReviewing, matterId }),
      () => rejectLoan({ actor: c.actors.dualReviewing, matterId, reason: "测试" }),
      () => returnLoan({ actor: c.actors.dualReviewing, matterId, missingMaterials: ["收入证明"] }),
    ]) {
      expect((await errorOf(attempt())).code).toBe("FOUR_EYES_ACCEPTOR");
    }
    await approveLoan({ actor: c.actors.reviewerA, matterId });
    await signContracts({ actor: c.actors.dualAtWindow, matterId });
    await registerMortgage({ actor: c.actors.dualAtWindow, matterId });
    expect((await errorOf(recheckAndDisburse({ actor: c.actors.dualReviewing, matterId }))).code).toBe("FOUR_EYES_ACCEPTOR");
  });

  it("the approver cannot recheck; another reviewer can", async () => {
    const a = await createApplicant(c);
    const { matterId, loanId } = await acceptedLoan(c, a);
    await approveLoan({ actor: c.actors.reviewerA, matterId });
    await signContracts({ actor: c.actors.teller, matterId });
    await registerMortgage({ actor: c.actors.teller, matterId });
    expect((await errorOf(recheckAndDisburse({ actor: c.actors.reviewerA, matterId }))).code).toBe("FOUR_EYES_APPROVER");
    expect(await db.disbursement.count({ where: { loanId } })).toBe(0);
    await recheckAndDisburse({ actor: c.actors.reviewerB, matterId });
    expect(await db.disbursement.count({ where: { loanId } })).toBe(1);
  });

  it("an approval above the reviewer's delegated limit is refused with the limit", async () => {
    const a = await createApplicant(c);
    const { matterId } = await acceptedLoan(c, a, { amount: "800000.00" });
    const error = await errorOf(approveLoan({ actor: c.actors.reviewerA, matterId }));
    expect(error).toMatchObject({ code: "OVER_AUTHORITY", details: { limit: "600000.00", principal: "800000.00" } });
    expect((await db.caseMatter.findUniqueOrThrow({ where: { id: matterId } })).loanStage).toBe("ACCEPTED");
    await approveLoan({ actor: c.actors.reviewerB, matterId });
    expect((await db.caseMatter.findUniqueOrThrow({ where: { id: matterId } })).approvedById).toBe(c.users.reviewerB.id);
  });

  it("an illegal transition is refused with its stage and action", async () => {
    const a = await createApplicant(c);
    const { matterId } = await acceptedLoan(c, a);
    expect(await errorOf(signContracts({ actor: c.actors.teller, matterId }))).toMatchObject({
      code: "ILLEGAL_TRANSITION",
      details: { from: "ACCEPTED", action: "SIGN_CONTRACTS" },
    });
    expect((await errorOf(signContracts({ actor: { ...c.actors.teller, windowId: null }, matterId }))).code).toBe("WINDOW_REQUIRED");
  });
});
