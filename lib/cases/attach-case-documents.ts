import type { Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import type { DocumentDraft } from "@/lib/documents/prepare-document";
import { documentCopyFlag, findDocumentCopies } from "@/lib/fraud/document-copies";
import { raiseFlags } from "@/lib/fraud/flags";

/**
 * Stores a loan application's materials (already checked by lib/documents: magic bytes, size,
 * SHA-256) with its case, inside the caller's transaction — the online submission's and the
 * window's acceptance alike — so a refused application keeps none of them. One audit row
 * (CASE_DOCUMENTS_UPLOADED: kinds, sizes, hashes; the window when a teller uploaded them). A file
 * identical to one in another person's application raises a DUPLICATE_DOCUMENT flag for the risk
 * officer (lib/fraud/document-copies), marked with the teller and window when taken at a window.
 */
export async function attachCaseDocuments(
  tx: Tx,
  opts: {
    caseId: string;
    caseNo: string;
    depositorId: string;
    matterId: string;
    documents: readonly DocumentDraft[];
    actorId: string;
    windowId: string | null;
    now: Date;
  },
): Promise<{ documentIds: string[]; flagIds: string[] }> {
  const { documents } = opts;
  if (documents.length === 0) return { documentIds: [], flagIds: [] };
  const documentIds: string[] = [];
  for (const d of documents) {
    const row = await tx.uploadedDocument.create({
      data: {
        caseId: opts.caseId,
        kind: d.kind,
        filename: d.filename,
        mime: d.mime,
        size: d.size,
        sha256: d.sha256,
        bytes: d.bytes,
        uploadedById: opts.actorId,
        uploadedAt: opts.now,
      },
      select: { id: true },
    });
    documentIds.push(row.id);
  }
  await recordAudit(tx, {
    actorId: opts.actorId,
    windowId: opts.windowId,
    action: "CASE_DOCUMENTS_UPLOADED",
    entityType: "Case",
    entityId: opts.caseId,
    detail: { caseNo: opts.caseNo, documents: documents.map((d) => ({ kind: d.kind, size: d.size, sha256: d.sha256 })) },
  });
  const copies = await findDocumentCopies(tx, { sha256s: documents.map((d) => d.sha256), depositorId: opts.depositorId });
  const atWindow = opts.windowId ? { handledById: opts.actorId, windowId: opts.windowId } : {};
  const flagIds = copies.length
    ? await raiseFlags(tx, [{ ...documentCopyFlag({ depositorId: opts.depositorId, caseMatterId: opts.matterId, copies }), ...atWindow }], {
        actorId: opts.actorId,
        windowId: opts.windowId,
      })
    : [];
  return { documentIds, flagIds };
}
