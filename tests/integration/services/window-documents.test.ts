import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { openCaseAtWindow } from "@/lib/cases/open-case";
import { acceptLoanMatter } from "@/lib/cases/accept-loan";
import { addCaseDocuments } from "@/lib/cases/add-case-documents";
import { approveLoan } from "@/lib/cases/review-loan";
import { loanDocumentsFromForm } from "@/lib/cases/loan-documents";
import { listCaseDocuments, openCaseDocument } from "@/lib/cases/case-documents";
import { caseErrorMessage } from "@/lib/cases/messages";
import { createApplicant, createCenter, errorOf, loanInput, rowCounts, type Center } from "../cases/fixtures";

// Issue 15.8 leftovers: the window's own loan form takes the same uploads as the online form, in the
// acceptance's transaction, and the reviewer opens a loan case's materials from /review.

let c: Center;
beforeAll(async () => {
  c = await createCenter();
});

const PDF = new TextEncoder().encode("%PDF-1.7\n% 购房合同 scanned at window 1\n");
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]);
const GIF = new TextEncoder().encode("GIF89a not accepted"); // an image type the center does not take
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

function form(files: Record<string, { name: string; bytes: Uint8Array }>) {
  const data = new FormData();
  for (const [kind, f] of Object.entries(files)) data.set(`doc_${kind}`, new File([new Uint8Array(f.bytes)], f.name));
  return data;
}

const counts = async () => ({ ...(await rowCounts()), documents: await db.uploadedDocument.count(), flags: await db.fraudFlag.count() });

/** The window action's order: the uploads are checked first, then the acceptance stores them. */
async function acceptWithUploads(caseId: string, a: Awaited<ReturnType<typeof createApplicant>>, data: FormData, amount?: string) {
  const documents = await loanDocumentsFromForm(data);
  return acceptLoanMatter({ actor: c.actors.teller, caseId, ...loanInput(a, amount ? { amount } : {}), documents });
}

describe("the window's loan form takes uploads", () => {
  it("stores the scanned materials with the case and its hash, audited with the teller's window", async () => {
    const a = await createApplicant(c);
    const { caseId } = await openCaseAtWindow({ actor: c.actors.teller, idNumber: a.applicant.idNumber });
    const done = await acceptWithUploads(
      caseId,
      a,
      form({ PURCHASE_CONTRACT: { name: "购房合同.pdf", bytes: PDF }, ID_CARD: { name: "身份证.jpg", bytes: JPEG } }),
    );
    expect(done.documentIds).toHaveLength(2);
    expect(done.flagIds).toEqual([]);
    const listed = await listCaseDocuments(caseId);
    expect(listed.map((d) => [d.kind, d.label, d.filename, d.mime, d.size, d.sha256, d.sameHashElsewhere])).toEqual([
      ["PURCHASE_CONTRACT", "购房合同或不动产权证书", "购房合同.pdf", "application/pdf", PDF.byteLength, sha256(PDF), 0],
      ["ID_CARD", "身份证正反面", "身份证.jpg", "image/jpeg", JPEG.byteLength, sha256(JPEG), 0],
    ]);
    const rows = await db.uploadedDocument.findMany({ where: { caseId }, select: { uploadedById: true, withdrawalId: true } });
    expect(rows).toEqual([
      { uploadedById: c.users.teller.id, withdrawalId: null },
      { uploadedById: c.users.teller.id, withdrawalId: null },
    ]);
    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: "CASE_DOCUMENTS_UPLOADED", entityId: caseId } });
    expect(audit).toMatchObject({ actorId: c.users.teller.id, windowId: c.window1.id, entityType: "Case" });
    expect((audit.detail as { documents: unknown[] }).documents).toEqual([
      { kind: "PURCHASE_CONTRACT", size: PDF.byteLength, sha256: sha256(PDF) },
      { kind: "ID_CARD", size: JPEG.byteLength, sha256: sha256(JPEG) },
    ]);
    // The teller reads back the very bytes stored.
    const opened = await openCaseDocument({ actor: c.actors.teller, as: "TELLER", caseId, documentId: listed[0]!.id });
    expect(Buffer.from(opened!.bytes).equals(Buffer.from(PDF))).toBe(true);
  });

  it("a file with a wrong magic byte is refused at its field in Chinese, and nothing is written", async () => {
    const a = await createApplicant(c);
    const { caseId } = await openCaseAtWindow({ actor: c.actors.teller, idNumber: a.applicant.idNumber });
    const before = await counts();
    // One byte off the PDF signature ("%PDF." instead of "%PDF-").
    const almostPdf = new Uint8Array(PDF);
    almostPdf[4] = 0x2e;
    for (const bytes of [almostPdf, GIF]) {
      const error = await errorOf(
        acceptWithUploads(
          caseId,
          a,
          form({ INCOME_PROOF: { name: "收入证明.pdf", bytes: PDF }, MARRIAGE_PROOF: { name: "结婚证.pdf", bytes } }),
        ),
      );
      expect(error).toMatchObject({ code: "DOCUMENT_INVALID", field: "doc_MARRIAGE_PROOF", details: { problem: "TYPE" } });
      expect(caseErrorMessage(error)).toBe("只接受 PDF、JPEG 或 PNG 文件");
    }
    expect(await counts()).toEqual(before);
    expect(await db.caseMatter.count({ where: { caseId } })).toBe(0);
  });

  it("uploads and acceptance are one transaction: a refused acceptance keeps none of the files", async () => {
    const a = await createApplicant(c);
    const { caseId } = await openCaseAtWindow({ actor: c.actors.teller, idNumber: a.applicant.idNumber });
    const before = await counts();
    const error = await errorOf(acceptWithUploads(caseId, a, form({ INCOME_PROOF: { name: "收入证明.pdf", bytes: PDF } }), "5000000.00"));
    expect(error.code).toBe("NOT_ELIGIBLE");
    expect(await counts()).toEqual(before);
    // Accepted afterwards with the same file: stored once, with the case.
    const done = await acceptWithUploads(caseId, a, form({ INCOME_PROOF: { name: "收入证明.pdf", bytes: PDF } }));
    expect(await db.uploadedDocument.findMany({ where: { caseId }, select: { id: true } })).toEqual(done.documentIds.map((id) => ({ id })));
  });

  it("a file already in another person's application is flagged with the teller and the window", async () => {
    const first = await createApplicant(c);
    const second = await createApplicant(c);
    const contract = new TextEncoder().encode("%PDF-1.4\n% one contract for two buyers\n");
    const one = await openCaseAtWindow({ actor: c.actors.teller, idNumber: first.applicant.idNumber });
    await acceptWithUploads(one.caseId, first, form({ PURCHASE_CONTRACT: { name: "a.pdf", bytes: contract } }));
    const two = await openCaseAtWindow({ actor: c.actors.teller, idNumber: second.applicant.idNumber });
    const done = await acceptWithUploads(two.caseId, second, form({ PURCHASE_CONTRACT: { name: "b.pdf", bytes: contract } }));
    expect(done.flagIds).toHaveLength(1);
    expect(await db.fraudFlag.findUniqueOrThrow({ where: { id: done.flagIds[0]! } })).toMatchObject({
      kind: "DUPLICATE_DOCUMENT",
      status: "OPEN",
      depositorId: second.applicant.id,
      caseMatterId: done.matterId,
      handledById: c.users.teller.id,
      windowId: c.window1.id,
    });
  });
});

describe("the reviewer opens a loan case's materials", () => {
  it("reads the case's own files, never another case's through this case's path, and only as a reviewer", async () => {
    const a = await createApplicant(c);
    const b = await createApplicant(c);
    const caseA = await openCaseAtWindow({ actor: c.actors.teller, idNumber: a.applicant.idNumber });
    const caseB = await openCaseAtWindow({ actor: c.actors.teller, idNumber: b.applicant.idNumber });
    const docA = (await acceptWithUploads(caseA.caseId, a, form({ INCOME_PROOF: { name: "甲.pdf", bytes: PDF } }))).documentIds[0]!;
    const docB = (await acceptWithUploads(caseB.caseId, b, form({ ID_CARD: { name: "乙.jpg", bytes: JPEG } }))).documentIds[0]!;
    const reviewer = c.actors.reviewerA;

    const own = await openCaseDocument({ actor: reviewer, as: "REVIEWER", caseId: caseA.caseId, documentId: docA });
    expect(own).toMatchObject({ filename: "甲.pdf", mime: "application/pdf", sha256: sha256(PDF) });
    expect(Buffer.from(own!.bytes).equals(Buffer.from(PDF))).toBe(true);
    // Another case's file under this case's path is not found.
    expect(await openCaseDocument({ actor: reviewer, as: "REVIEWER", caseId: caseA.caseId, documentId: docB })).toBeNull();
    expect(await openCaseDocument({ actor: reviewer, as: "REVIEWER", caseId: caseB.caseId, documentId: docB })).toMatchObject({
      filename: "乙.jpg",
      mime: "image/jpeg",
    });
    // Only a reviewer opens from /review: a teller or a citizen is refused.
    for (const actor of [c.actors.teller, { userId: "citizen", roles: ["CITIZEN" as const], windowId: null, approvalLimit: null }]) {
      expect((await errorOf(openCaseDocument({ actor, as: "REVIEWER", caseId: caseA.caseId, documentId: docA }))).code).toBe(
        "FORBIDDEN_ROLE",
      );
    }
    expect((await errorOf(openCaseDocument({ actor: reviewer, as: "TELLER", caseId: caseA.caseId, documentId: docA }))).code).toBe(
      "FORBIDDEN_ROLE",
    );
  });

  it("does not open the files of a case that carries no loan (nothing a reviewer works on)", async () => {
    const a = await createApplicant(c);
    const { caseId } = await openCaseAtWindow({ actor: c.actors.teller, idNumber: a.applicant.idNumber });
    const stray = await db.uploadedDocument.create({
      data: {
        caseId,
        kind: "ID_CARD",
        filename: "x.pdf",
        mime: "application/pdf",
        size: PDF.byteLength,
        sha256: sha256(PDF),
        bytes: new Uint8Array(PDF),
        uploadedById: c.users.teller.id,
      },
    });
    expect(await openCaseDocument({ actor: c.actors.reviewerA, as: "REVIEWER", caseId, documentId: stray.id })).toBeNull();
    expect(await openCaseDocument({ actor: c.actors.teller, as: "TELLER", caseId, documentId: stray.id })).toMatchObject({
      filename: "x.pdf",
    });
  });
});

describe("补充材料: the window adds materials to an accepted case", () => {
  it("stores new files once (a double click or the same file again adds nothing), audited, until approval", async () => {
    const a = await createApplicant(c);
    const { caseId } = await openCaseAtWindow({ actor: c.actors.teller, idNumber: a.applicant.idNumber });
    const accepted = await acceptWithUploads(caseId, a, form({ INCOME_PROOF: { name: "收入证明.pdf", bytes: PDF } }));
    const later = await loanDocumentsFromForm(
      form({ INCOME_PROOF: { name: "收入证明-再次.pdf", bytes: PDF }, MARRIAGE_PROOF: { name: "结婚证.jpg", bytes: JPEG } }),
    );
    const [first, second] = await Promise.all([
      addCaseDocuments({ actor: c.actors.teller, caseId, documents: later }),
      addCaseDocuments({ actor: c.actors.teller, caseId, documents: later }),
    ]);
    // The income proof was already on the case; the marriage proof is stored by one of the two clicks only.
    expect([...first.documentIds, ...second.documentIds]).toHaveLength(1);
    expect((await listCaseDocuments(caseId)).map((d) => [d.kind, d.filename])).toEqual([
      ["INCOME_PROOF", "收入证明.pdf"],
      ["MARRIAGE_PROOF", "结婚证.jpg"],
    ]);
    expect(await db.auditEntry.count({ where: { action: "CASE_DOCUMENTS_UPLOADED", entityId: caseId, windowId: c.window1.id } })).toBe(2);

    // Nothing chosen, another window, or a decided loan: a Chinese refusal and nothing written.
    const before = await counts();
    const noFiles = await errorOf(addCaseDocuments({ actor: c.actors.teller, caseId, documents: [] }));
    expect(caseErrorMessage(noFiles)).toBe("请选择要上传的材料");
    const gif = await errorOf(loanDocumentsFromForm(form({ ID_CARD: { name: "身份证.gif", bytes: GIF } })));
    expect(gif).toMatchObject({ code: "DOCUMENT_INVALID", field: "doc_ID_CARD" });
    const scan = await loanDocumentsFromForm(
      form({ ID_CARD: { name: "身份证.pdf", bytes: new TextEncoder().encode("%PDF-1.4\n% id\n") } }),
    );
    expect((await errorOf(addCaseDocuments({ actor: c.actors.teller2, caseId, documents: scan }))).code).toBe("CASE_OTHER_WINDOW");
    await approveLoan({ actor: c.actors.reviewerA, matterId: accepted.matterId });
    const afterApproval = await counts();
    const closed = await errorOf(addCaseDocuments({ actor: c.actors.teller, caseId, documents: scan }));
    expect(closed.code).toBe("DOCUMENTS_CLOSED");
    expect(caseErrorMessage(closed)).toBe("当前环节不能补充材料：受理后、审批前（含退回补件）可以补充");
    expect(await counts()).toEqual(afterApproval);
    expect(afterApproval.documents).toBe(before.documents);
    // Only a teller at a window adds materials.
    expect((await errorOf(addCaseDocuments({ actor: c.actors.reviewerA, caseId, documents: scan }))).code).toBe("FORBIDDEN_ROLE");
  });
});
