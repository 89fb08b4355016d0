import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { approveLoan } from "@/lib/cases/review-loan";
import { signContracts } from "@/lib/cases/sign-contracts";
import { recheckAndDisburse } from "@/lib/cases/recheck-and-disburse";
import { registerMortgage } from "@/lib/registry/register-mortgage";
import { acceptedLoan, createApplicant, createCenter, type Center } from "./fixtures";

let c: Center;
beforeAll(async () => {
  c = await createCenter();
});

describe("concurrency", () => {
  it("two reviewers approve the same case at once: exactly one succeeds, the other gets ALREADY_HANDLED", async () => {
    const a = await createApplicant(c);
    const { matterId } = await acceptedLoan(c, a);
    const results = await Promise.allSettled([
      approveLoan({ actor: c.actors.reviewerA, matterId, expectedVersion: 0 }),
      approveLoan({ actor: c.actors.reviewerB, matterId, expectedVersion: 0 }),
    ]);
    const ok = results.filter((r) => r.status === "fulfilled");
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(ok).toHaveLength(1);
    expect(failed).toHaveLength(1);
    expect(failed[0]!.reason).toMatchObject({ name: "DomainError", code: "ALREADY_HANDLED" });
    const matter = await db.caseMatter.findUniqueOrThrow({ where: { id: matterId } });
    expect(matter.loanStage).toBe("APPROVED");
    expect(matter.version).toBe(1);
    expect(await db.caseTransition.count({ where: { matterId, toStage: "APPROVED" } })).toBe(1);
    expect(await db.auditEntry.count({ where: { entityId: matterId, action: "LOAN_APPROVE" } })).toBe(1);
  });

  it("the same two reviewers without a version: still one approval, the loser ALREADY_HANDLED", async () => {
    const a = await createApplicant(c);
    const { matterId } = await acceptedLoan(c, a);
    const results = await Promise.allSettled([
      approveLoan({ actor: c.actors.reviewerA, matterId }),
      approveLoan({ actor: c.actors.reviewerB, matterId }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason.code).toBe("ALREADY_HANDLED");
  });

  it("20 concurrent recheck-and-disburse calls give exactly one disbursement and one schedule", async () => {
    const a = await createApplicant(c);
    const { matterId, loanId } = await acceptedLoan(c, a, { termMonths: 120 });
    await approveLoan({ actor: c.actors.reviewerA, matterId });
    await signContracts({ actor: c.actors.teller, matterId });
    await registerMortgage({ actor: c.actors.teller, matterId });

    const calls = Array.from({ length: 20 }, (_, i) =>
      recheckAndDisburse({
        actor: i % 2 === 0 ? c.actors.reviewerB : c.actors.reviewerC,
        matterId,
        expectedVersion: i % 3 === 0 ? 3 : undefined,
      }),
    );
    const results = await Promise.allSettled(calls);
    const ok = results.filter((r) => r.status === "fulfilled");
    const codes = results.filter((r): r is PromiseRejectedResult => r.status === "rejected").map((r) => r.reason.code);
    expect(ok).toHaveLength(1);
    expect(codes).toHaveLength(19);
    expect(new Set(codes)).toEqual(new Set(["ALREADY_HANDLED"]));

    expect(await db.disbursement.count({ where: { loanId } })).toBe(1);
    expect(await db.loanInstallment.count({ where: { loanId } })).toBe(120);
    const loan = await db.loan.findUniqueOrThrow({ where: { id: loanId } });
    expect(loan.status).toBe("ACTIVE");
    expect(loan.outstandingPrincipal.toFixed(2)).toBe("500000.00");
    expect(await db.caseTransition.count({ where: { matterId, toStage: { in: ["RECHECKED", "DISBURSED"] } } })).toBe(2);

    // A retry afterwards (double click after the page reloaded) is refused the same way.
    await expect(recheckAndDisburse({ actor: c.actors.reviewerB, matterId })).rejects.toMatchObject({ code: "ALREADY_HANDLED" });
    expect(await db.disbursement.count({ where: { loanId } })).toBe(1);
  });
});
