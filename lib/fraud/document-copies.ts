import type { Tx } from "@/lib/db";
import type { FlagDraft } from "@/lib/fraud/flags";

export type DocumentCopy = { sha256: string; depositorId: string; withdrawalId: string | null; caseId: string | null };

/**
 * Uploaded files (by SHA-256) that already sit in another person's application — a withdrawal's or
 * an online loan application's materials. The same payslip or contract under two names is a
 * classic forgery; the copy is flagged for the risk officer, not refused (a shared marriage
 * certificate of a couple is legitimate, the officer decides).
 */
export async function findDocumentCopies(tx: Tx, opts: { sha256s: string[]; depositorId: string }): Promise<DocumentCopy[]> {
  if (opts.sha256s.length === 0) return [];
  const rows = await tx.uploadedDocument.findMany({
    where: {
      sha256: { in: opts.sha256s },
      OR: [{ withdrawal: { depositorId: { not: opts.depositorId } } }, { case: { depositorId: { not: opts.depositorId } } }],
    },
    select: {
      sha256: true,
      withdrawalId: true,
      caseId: true,
      withdrawal: { select: { depositorId: true } },
      case: { select: { depositorId: true } },
    },
    take: 20,
  });
  return rows.map((r) => ({
    sha256: r.sha256,
    depositorId: (r.withdrawal?.depositorId ?? r.case?.depositorId)!,
    withdrawalId: r.withdrawalId,
    caseId: r.caseId,
  }));
}

/** The DUPLICATE_DOCUMENT flag of an online loan application whose files were found elsewhere. */
export function documentCopyFlag(opts: { depositorId: string; caseMatterId: string; copies: DocumentCopy[] }): FlagDraft {
  return {
    kind: "DUPLICATE_DOCUMENT",
    reason: `申请材料中有 ${new Set(opts.copies.map((c) => c.sha256)).size} 份文件与其他人的申请材料完全相同`,
    detail: { copies: opts.copies },
    depositorId: opts.depositorId,
    caseMatterId: opts.caseMatterId,
    handledById: null,
    windowId: null,
  };
}
