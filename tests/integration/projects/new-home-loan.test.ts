import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { openCaseAtWindow } from "@/lib/cases/open-case";
import { acceptLoanMatter } from "@/lib/cases/accept-loan";
import { assessLoanForCase } from "@/lib/cases/assess-loan";
import { approveLoan } from "@/lib/cases/review-loan";
import { signContracts } from "@/lib/cases/sign-contracts";
import { recheckAndDisburse } from "@/lib/cases/recheck-and-disburse";
import { getReviewAssessment } from "@/lib/cases/case-detail-queries";
import { registerMortgage } from "@/lib/registry/register-mortgage";
import { suspendProject } from "@/lib/projects/suspend-project";
import type { ProjectActor } from "@/lib/projects/officer";
import { acceptedLoan, createApplicant, createCenter, errorOf, loanInput, rowCounts, type Center } from "../cases/fixtures";
import { admittedProject, apply, developerOf, inspect, officer, projectOf, projectUnit, today, version } from "./fixtures";

let c: Center;
let actor: ProjectActor;
beforeAll(async () => {
  c = await createCenter();
  actor = await officer();
});

type Problem = { code: string; field?: string };
const problemsOf = (error: { details?: Record<string, unknown> }) =>
  ((error.details?.problems ?? []) as Problem[]).map((p) => `${p.code}@${p.field ?? "-"}`);

describe("a new-home loan (一手房) needs an admitted project", () => {
  it("is refused for a unit of a project that is not admitted, and writes nothing", async () => {
    const { projectId } = await projectOf(actor, await developerOf(actor));
    await apply(actor, projectId);
    await inspect(actor, projectId);
    const unit = await projectUnit(projectId);
    const a = await createApplicant(c);
    const { caseId } = await openCaseAtWindow({ actor: c.actors.teller, idNumber: a.applicant.idNumber });
    const before = { ...(await rowCounts()), guarantees: await db.stageGuarantee.count() };

    const error = await errorOf(
      acceptLoanMatter({ actor: c.actors.teller, caseId, ...loanInput(a, { property: unit.unitNo, contractPrice: "2500000.00" }) }),
    );
    expect(error.code).toBe("NOT_ELIGIBLE");
    expect(problemsOf(error)).toEqual(["PROJECT_NOT_ADMITTED@property"]);
    expect({ ...(await rowCounts()), guarantees: await db.stageGuarantee.count() }).toEqual(before);
    expect(await db.loan.count({ where: { unitId: unit.id } })).toBe(0);
  });

  it("is refused once the project is suspended", async () => {
    const { projectId } = await admittedProject(actor);
    const unit = await projectUnit(projectId);
    await suspendProject({ actor, input: { projectId, expectedVersion: await version(projectId), reason: "预售资金未按规定监管" } });
    const a = await createApplicant(c);
    const { caseId } = await openCaseAtWindow({ actor: c.actors.teller, idNumber: a.applicant.idNumber });
    const error = await errorOf(
      acceptLoanMatter({ actor: c.actors.teller, caseId, ...loanInput(a, { property: unit.unitNo, contractPrice: "2500000.00" }) }),
    );
    expect(problemsOf(error)).toEqual(["PROJECT_NOT_ADMITTED@property"]);
  });

  it("needs the purchase contract price at the window, and cannot go through a channel without one", async () => {
    const { projectId } = await admittedProject(actor);
    const unit = await projectUnit(projectId);
    const a = await createApplicant(c);
    const { caseId } = await openCaseAtWindow({ actor: c.actors.teller, idNumber: a.applicant.idNumber });
    const missing = await errorOf(
      acceptLoanMatter({ actor: c.actors.teller, caseId, ...loanInput(a, { property: unit.unitNo, contractPrice: null }) }),
    );
    expect(problemsOf(missing)).toEqual(["CONTRACT_PRICE_REQUIRED@contractPrice"]);
    const { contractPrice: _none, ...online } = loanInput(a, { property: unit.unitNo });
    void _none;
    const assessed = await assessLoanForCase({ caseId, ...online });
    expect(assessed.problems.map((p) => p.code)).toEqual(["NEW_HOME_AT_WINDOW"]);
    expect(assessed.eligible).toBe(false);
  });
});

describe("an accepted new-home loan is guaranteed by the developer until the mortgage is registered", () => {
  it("ACTIVE guarantee at acceptance → RELEASED with the registration, the mortgage registered against the unit", async () => {
    const { projectId, developerId } = await admittedProject(actor);
    const unit = await projectUnit(projectId);
    const a = await createApplicant(c);
    const { caseId } = await openCaseAtWindow({ actor: c.actors.teller, idNumber: a.applicant.idNumber });
    const input = loanInput(a, { property: unit.unitNo, contractPrice: "2500000" });
    // 试算 first: the contract price is the price basis, the project and developer come along.
    const preview = await assessLoanForCase({ caseId, ...input });
    expect(preview).toMatchObject({
      eligible: true,
      property: { certificate: { purchasePrice: "2500000.00" } },
      newHome: { projectId, admissionStatus: "ADMITTED" },
    });

    const { matterId, loanId } = await acceptLoanMatter({ actor: c.actors.teller, caseId, ...input });
    const loan = await db.loan.findUniqueOrThrow({ where: { id: loanId } });
    expect(loan).toMatchObject({ isNewHome: true, unitId: unit.id });
    expect(loan.purchasePrice.toFixed(2)).toBe("2500000.00");
    const guarantee = await db.stageGuarantee.findUniqueOrThrow({ where: { loanId } });
    expect(guarantee).toMatchObject({ status: "ACTIVE", developerId, projectId, releasedOn: null });
    expect(guarantee.amount.toFixed(2)).toBe("500000.00");
    expect(guarantee.startsOn.toISOString().slice(0, 10)).toBe(today());
    // The reviewer's re-assessment prices the unit at the accepted contract price.
    expect((await getReviewAssessment(caseId))!.eligible).toBe(true);

    await approveLoan({ actor: c.actors.reviewerA, matterId, expectedVersion: 0 });
    await signContracts({ actor: c.actors.teller, matterId, expectedVersion: 1 });
    expect((await db.stageGuarantee.findUniqueOrThrow({ where: { loanId } })).status).toBe("ACTIVE");
    const { registrationNo } = await registerMortgage({ actor: c.actors.teller, matterId, expectedVersion: 2 });

    const mortgage = await db.mortgage.findUniqueOrThrow({ where: { loanId } });
    expect(mortgage).toMatchObject({ registrationNo, unitId: unit.id, certificateId: null, status: "REGISTERED" });
    const released = await db.stageGuarantee.findUniqueOrThrow({ where: { loanId } });
    expect(released.status).toBe("RELEASED");
    expect(released.releasedOn!.toISOString().slice(0, 10)).toBe(today());
    expect(await db.auditEntry.findMany({ where: { entityId: guarantee.id }, select: { action: true }, orderBy: { id: "asc" } })).toEqual([
      { action: "STAGE_GUARANTEE_OPENED" },
      { action: "STAGE_GUARANTEE_RELEASED" },
    ]);

    // Disbursed, the unit is sold: another buyer cannot take a new-home loan on it.
    await recheckAndDisburse({ actor: c.actors.reviewerB, matterId, expectedVersion: 3, firstDueDate: "2027-01-31" });
    const b = await createApplicant(c);
    const { caseId: otherCase } = await openCaseAtWindow({ actor: c.actors.teller, idNumber: b.applicant.idNumber });
    const sold = await errorOf(
      acceptLoanMatter({
        actor: c.actors.teller,
        caseId: otherCase,
        ...loanInput(b, { property: unit.unitNo, contractPrice: "2500000.00" }),
      }),
    );
    expect(problemsOf(sold)).toEqual(expect.arrayContaining(["UNIT_ALREADY_MORTGAGED@property", "UNIT_SOLD@property"]));
  });

  it("a second-hand home is unchanged: no guarantee, not a new home", async () => {
    const a = await createApplicant(c);
    const { loanId } = await acceptedLoan(c, a);
    expect(await db.loan.findUniqueOrThrow({ where: { id: loanId } })).toMatchObject({ isNewHome: false });
    expect(await db.stageGuarantee.count({ where: { loanId } })).toBe(0);
  });
});
