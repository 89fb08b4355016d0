import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { submitOnlineLoanApplication } from "@/lib/cases/submit-online-application";
import { loanDocumentsFromForm } from "@/lib/cases/loan-documents";
import { getCaseDocumentBytes, listCaseDocuments } from "@/lib/cases/case-documents";
import { previewOnlineApplication } from "@/lib/cases/preview-online-application";
import { evaluateLoanRequest } from "@/lib/cases/loan-request";
import { toAssessmentView } from "@/lib/cases/assessment-view";
import { caseErrorMessage } from "@/lib/cases/messages";
import { createApplicant, createCenter, errorOf, loanInput, rowCounts, type Applicant, type Center } from "../cases/fixtures";

let c: Center;
beforeAll(async () => {
  c = await createCenter();
});

const PDF = new TextEncoder().encode("%PDF-1.4\n% 收入证明 test\n");
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00]); // "MZ": a Windows program renamed .pdf

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

function form(files: Record<string, { name: string; bytes: Uint8Array }>) {
  const data = new FormData();
  for (const [kind, f] of Object.entries(files)) data.set(`doc_${kind}`, new File([new Uint8Array(f.bytes)], f.name));
  return data;
}

const citizenActor = (userId: string) => ({ userId, roles: ["CITIZEN" as const], windowId: null, approvalLimit: null });

describe("online loan materials", () => {
  it("a file refused by its magic bytes is reported at its field, and nothing is written", async () => {
    const a = await createApplicant(c);
    await citizenOf(a);
    const before = { ...(await rowCounts()), documents: await db.uploadedDocument.count() };
    const error = await errorOf(
      (async () => {
        const documents = await loanDocumentsFromForm(form({ PURCHASE_CONTRACT: { name: "合同.pdf", bytes: EXE } }));
        await submitOnlineLoanApplication({ depositorId: a.applicant.id, userId: "unused", ...loanInput(a), documents } as never);
      })(),
    );
    expect(error).toMatchObject({ code: "DOCUMENT_INVALID", field: "doc_PURCHASE_CONTRACT", details: { problem: "TYPE" } });
    expect(caseErrorMessage(error)).toBe("只接受 PDF、JPEG 或 PNG 文件");
    expect({ ...(await rowCounts()), documents: await db.uploadedDocument.count() }).toEqual(before);
  });

  it("a file over 5 MB is refused the same way; an input left empty is no upload", async () => {
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set(PDF);
    expect(await errorOf(loanDocumentsFromForm(form({ INCOME_PROOF: { name: "大.pdf", bytes: big } })))).toMatchObject({
      code: "DOCUMENT_INVALID",
      field: "doc_INCOME_PROOF",
      details: { problem: "TOO_LARGE" },
    });
    expect(await loanDocumentsFromForm(form({ INCOME_PROOF: { name: "", bytes: new Uint8Array(0) } }))).toEqual([]);
  });

  it("uploads are stored with the case and their SHA-256, and the window reads the very bytes", async () => {
    const a = await createApplicant(c);
    const citizen = await citizenOf(a);
    const documents = await loanDocumentsFromForm(
      form({ INCOME_PROOF: { name: "收入证明.pdf", bytes: PDF }, ID_CARD: { name: "身份证.png", bytes: PNG } }),
    );
    const done = await submitOnlineLoanApplication({ depositorId: a.applicant.id, userId: citizen.id, ...loanInput(a), documents });
    expect(done.documentIds).toHaveLength(2);
    expect(done.flagIds).toEqual([]);
    const listed = await listCaseDocuments(done.caseId);
    expect(listed.map((d) => [d.kind, d.label, d.mime, d.size, d.sha256, d.sameHashElsewhere])).toEqual([
      ["INCOME_PROOF", "收入证明", "application/pdf", PDF.byteLength, createHash("sha256").update(PDF).digest("hex"), 0],
      ["ID_CARD", "身份证正反面", "image/png", PNG.byteLength, createHash("sha256").update(PNG).digest("hex"), 0],
    ]);
    const bytes = await getCaseDocumentBytes(done.caseId, listed[0]!.id);
    expect(Buffer.from(bytes!.bytes).equals(Buffer.from(PDF))).toBe(true);
    // A document is opened only through its own case.
    expect(await getCaseDocumentBytes("another-case", listed[0]!.id)).toBeNull();
    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: "CASE_DOCUMENTS_UPLOADED", entityId: done.caseId } });
    expect(audit.actorId).toBe(citizen.id);
  });

  it("the same file in another person's application is flagged for the risk officer and counted on both pages", async () => {
    const first = await createApplicant(c);
    const second = await createApplicant(c);
    const payslip = new TextEncoder().encode("%PDF-1.4\n% the same payslip\n");
    const u1 = await citizenOf(first);
    const u2 = await citizenOf(second);
    const one = await submitOnlineLoanApplication({
      depositorId: first.applicant.id,
      userId: u1.id,
      ...loanInput(first),
      documents: await loanDocumentsFromForm(form({ INCOME_PROOF: { name: "a.pdf", bytes: payslip } })),
    });
    const two = await submitOnlineLoanApplication({
      depositorId: second.applicant.id,
      userId: u2.id,
      ...loanInput(second),
      documents: await loanDocumentsFromForm(form({ INCOME_PROOF: { name: "b.pdf", bytes: payslip } })),
    });
    expect(one.flagIds).toEqual([]);
    expect(two.flagIds).toHaveLength(1);
    const flag = await db.fraudFlag.findUniqueOrThrow({ where: { id: two.flagIds[0]! } });
    expect(flag).toMatchObject({
      kind: "DUPLICATE_DOCUMENT",
      status: "OPEN",
      depositorId: second.applicant.id,
      caseMatterId: two.matterId,
    });
    expect((await listCaseDocuments(one.caseId))[0]!.sameHashElsewhere).toBe(1);
    expect((await listCaseDocuments(two.caseId))[0]!.sameHashElsewhere).toBe(1);
    // A document is opened only through its own case: the second person's file is not reachable through the first case.
    const secondsFile = (await listCaseDocuments(two.caseId))[0]!.id;
    expect(await getCaseDocumentBytes(one.caseId, secondsFile)).toBeNull();
    expect(await getCaseDocumentBytes(two.caseId, secondsFile)).not.toBeNull();
  });
});

describe("the signed-in preview", () => {
  it("shows exactly the window's assessment of the same request, for the citizen's own account only", async () => {
    const a = await createApplicant(c);
    const citizen = await citizenOf(a);
    const request = { ...loanInput(a), amount: "1200000.00" };
    const preview = toAssessmentView(
      await previewOnlineApplication({ actor: citizenActor(citizen.id), depositorId: a.applicant.id, request }),
    );
    const window = toAssessmentView(
      await evaluateLoanRequest(db, { applicantIdNumber: a.applicant.idNumber, request, requirePayee: true }),
    );
    expect(preview).toEqual(window);
    expect(preview.limits.filter((l) => l.binding).map((l) => l.code)).toEqual(["CITY_CAP"]);
    expect(preview.maxAmount).toBe("¥1,000,000.00");
    expect(preview.eligible).toBe(false);
    expect(preview.problems.map((p) => p.field)).toEqual(["amount"]);
    const other = await createApplicant(c);
    expect(
      (
        await errorOf(
          previewOnlineApplication({ actor: citizenActor(citizen.id), depositorId: other.applicant.id, request: loanInput(other) }),
        )
      ).code,
    ).toBe("FORBIDDEN_OWNER");
    expect((await errorOf(previewOnlineApplication({ actor: c.actors.teller, depositorId: a.applicant.id, request }))).code).toBe(
      "FORBIDDEN_ROLE",
    );
  });
});
