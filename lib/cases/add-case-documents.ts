import { DomainError } from "@/lib/errors";
import { requireTellerAtWindow, type Actor } from "@/lib/auth/actor";
import { inTransaction } from "@/lib/db/transaction";
import { lockSeries } from "@/lib/db/serial";
import { assertTellerAtCaseWindow } from "@/lib/cases/case-window";
import { attachCaseDocuments } from "@/lib/cases/attach-case-documents";
import type { DocumentDraft } from "@/lib/documents/prepare-document";

/** Between acceptance and approval (and on a return for 补件) materials can be added; after approval the file is closed. */
const OPEN_FOR_MATERIALS = ["ACCEPTED", "RETURNED"] as const;

/** Whether a loan matter at `stage` still takes materials (the case page shows the form only then). */
export function takesMoreMaterials(stage: string | null | undefined): boolean {
  return OPEN_FOR_MATERIALS.some((s) => s === stage);
}

/**
 * 补充材料: the teller at the case's window scans materials into an open loan case after it was
 * accepted (what the reviewer asked for on a return, what the citizen brought later, what an online
 * applicant did not upload). An online application not yet accepted is accepted first. The files are checked like every upload (lib/documents, by the caller
 * through loanDocumentsFromForm) and stored through attachCaseDocuments (audit row, copy flag) in
 * one transaction. A file already on the case (same SHA-256) is not stored twice, so a double click
 * adds once.
 * Errors: FORBIDDEN_ROLE, WINDOW_REQUIRED, NO_DOCUMENTS, NOT_FOUND, CASE_CLOSED,
 * DOCUMENTS_CLOSED, CASE_OTHER_WINDOW, WINDOW_OCCUPIED.
 */
export async function addCaseDocuments(opts: {
  actor: Actor;
  caseId: string;
  documents: readonly DocumentDraft[];
  now?: Date;
}): Promise<{ documentIds: string[]; flagIds: string[] }> {
  const windowId = requireTellerAtWindow(opts.actor);
  if (opts.documents.length === 0) throw new DomainError("NO_DOCUMENTS");
  const now = opts.now ?? new Date();
  return inTransaction(async (tx) => {
    await lockSeries(tx, `caseDocuments:${opts.caseId}`);
    const found = await tx.case.findUnique({
      where: { id: opts.caseId },
      select: {
        caseNo: true,
        status: true,
        windowId: true,
        depositorId: true,
        matters: { where: { kind: "LOAN" }, select: { id: true, status: true, loanStage: true } },
        documents: { select: { sha256: true } },
      },
    });
    if (!found) throw new DomainError("NOT_FOUND", { details: { entity: "Case" } });
    if (found.status !== "OPEN") throw new DomainError("CASE_CLOSED");
    const matter = found.matters[0];
    if (!matter || matter.status !== "OPEN" || !takesMoreMaterials(matter.loanStage)) {
      throw new DomainError("DOCUMENTS_CLOSED");
    }
    await assertTellerAtCaseWindow(tx, {
      actor: { userId: opts.actor.userId, windowId },
      caseWindowId: found.windowId,
      now,
    });
    const stored = new Set(found.documents.map((d) => d.sha256));
    const fresh = opts.documents.filter((d) => !stored.has(d.sha256));
    return attachCaseDocuments(tx, {
      caseId: opts.caseId,
      caseNo: found.caseNo,
      depositorId: found.depositorId,
      matterId: matter.id,
      documents: fresh,
      actorId: opts.actor.userId,
      windowId,
      now,
    });
  });
}
