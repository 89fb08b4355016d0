import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { approveLoan } from "@/lib/cases/review-loan";
import { signContracts } from "@/lib/cases/sign-contracts";
import { contractFileForCase, contractFileForCitizen, listSignedContracts, sha256Hex } from "@/lib/contracts/contract-file";
import { getContractData } from "@/lib/contracts/queries";
import { renderContractPdf } from "@/lib/contracts/render-contract";
import { chineseFontBytes } from "@/lib/contracts/font";
import { pdfText } from "../../unit/support/pdf-text";
import { acceptedLoan, createApplicant, createCenter, errorOf, type Center } from "../cases/fixtures";

let c: Center;
beforeAll(async () => {
  c = await createCenter();
});

async function signedCase() {
  const a = await createApplicant(c);
  const accepted = await acceptedLoan(c, a);
  await approveLoan({ actor: c.actors.reviewerA, matterId: accepted.matterId });
  const signedAt = new Date("2026-03-10T02:00:00Z");
  const signed = await signContracts({ actor: c.actors.teller, matterId: accepted.matterId, now: signedAt });
  return { a, ...accepted, signed };
}

describe("contracts rendered once at signing", () => {
  it("stores both PDFs with their SHA-256, audited, and every later download returns those bytes even after a repricing", async () => {
    const { a, caseId, loanId, signed } = await signedCase();
    const rows = await db.loanContract.findMany({ where: { loanId }, orderBy: { kind: "asc" } });
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row.sha256).toBe(sha256Hex(row.pdf!));
      expect(signed.contracts.find((x) => x.kind === row.kind)?.sha256).toBe(row.sha256);
      const audit = await db.auditEntry.findFirstOrThrow({ where: { action: "CONTRACT_SIGNED", entityId: row.id } });
      expect(audit.detail).toMatchObject({ contractNo: row.contractNo, sha256: row.sha256 });
    }
    const before = await contractFileForCase(caseId, "loan");
    const text = await pdfText(before!.bytes);
    expect(text).toContain("年利率：2.600%");
    expect(text).toContain("签订日期：2026-03-10（已签约）");
    expect(text).toContain(rows.find((r) => r.kind === "LOAN")!.contractNo);

    // 1 January repricing (or any later change of the loan) rewrites the rate.
    await db.loan.update({ where: { id: loanId }, data: { annualRatePercent: "2.350" } });
    const after = await contractFileForCase(caseId, "loan");
    expect(Buffer.from(after!.bytes).equals(Buffer.from(before!.bytes))).toBe(true);
    expect(after!.sha256).toBe(before!.sha256);
    // What a reprint from today's data would say instead: the trap the stored file avoids.
    const reprint = await renderContractPdf((await getContractData(caseId, "loan"))!, await chineseFontBytes());
    expect(await pdfText(reprint)).toContain("年利率：2.350%");

    // The borrower downloads the same file; the page lists its hash.
    const { loanNo } = await db.loan.findUniqueOrThrow({ where: { id: loanId } });
    const mine = await contractFileForCitizen({ loanNo, depositorId: a.applicant.id, kind: "loan" });
    expect(sha256Hex(mine!.bytes)).toBe(before!.sha256);
    const listed = await listSignedContracts(loanNo, a.applicant.id);
    expect(listed.map((l) => [l.kind, l.sha256, l.signedOn])).toEqual([
      ["loan", rows.find((r) => r.kind === "LOAN")!.sha256, "2026-03-10"],
      ["mortgage", rows.find((r) => r.kind === "MORTGAGE")!.sha256, "2026-03-10"],
    ]);
  });

  it("another citizen gets nothing, not even the list", async () => {
    const { loanId } = await signedCase();
    const stranger = await createApplicant(c);
    const { loanNo } = await db.loan.findUniqueOrThrow({ where: { id: loanId } });
    expect(await contractFileForCitizen({ loanNo, depositorId: stranger.applicant.id, kind: "loan" })).toBeNull();
    expect(await contractFileForCitizen({ loanNo, depositorId: stranger.applicant.id, kind: "mortgage" })).toBeNull();
    expect(await listSignedContracts(loanNo, stranger.applicant.id)).toEqual([]);
  });

  it("signing twice signs once: the second attempt is refused and the stored files stay", async () => {
    const { matterId, loanId } = await signedCase();
    const first = await db.loanContract.findMany({ where: { loanId }, select: { id: true, sha256: true } });
    expect((await errorOf(signContracts({ actor: c.actors.teller, matterId }))).code).toMatch(/ILLEGAL_TRANSITION|ALREADY_HANDLED/);
    expect(await db.loanContract.findMany({ where: { loanId }, select: { id: true, sha256: true } })).toEqual(first);
    expect(await db.auditEntry.count({ where: { action: "CONTRACT_SIGNED", entityId: { in: first.map((f) => f.id) } } })).toBe(2);
  });

  it("two tellers signing at the same moment store one pair of contracts", async () => {
    const a = await createApplicant(c);
    const accepted = await acceptedLoan(c, a);
    await approveLoan({ actor: c.actors.reviewerA, matterId: accepted.matterId });
    const results = await Promise.allSettled([
      signContracts({ actor: c.actors.teller, matterId: accepted.matterId }),
      signContracts({ actor: c.actors.teller, matterId: accepted.matterId }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((refused.reason as { code: string }).code).toMatch(/ILLEGAL_TRANSITION|ALREADY_HANDLED/);
    const stored = await db.loanContract.findMany({ where: { loanId: accepted.loanId } });
    expect(stored.map((s) => s.kind).sort()).toEqual(["LOAN", "MORTGAGE"]);
    expect(await db.auditEntry.count({ where: { action: "CONTRACT_SIGNED", entityId: { in: stored.map((s) => s.id) } } })).toBe(2);
  });
});
