import "server-only";
import { db } from "@/lib/db";
import { loanDocumentLabel } from "@/lib/cases/loan-documents";
import { formatShanghaiDateTime } from "@/lib/dates/business-day";
import { requireActorRole, type Actor } from "@/lib/auth/actor";

export type CaseDocumentDto = {
  id: string;
  kind: string;
  label: string;
  filename: string;
  mime: string;
  size: number;
  sha256: string;
  uploadedAt: string;
  /** Other uploaded files (any application, any person) with the same SHA-256. */
  sameHashElsewhere: number;
};

/** The materials uploaded with a case's application (online or scanned at the window), as stored (checked and hashed once). */
export async function listCaseDocuments(caseId: string): Promise<CaseDocumentDto[]> {
  const docs = await db.uploadedDocument.findMany({
    where: { caseId },
    orderBy: { uploadedAt: "asc" },
    select: { id: true, kind: true, filename: true, mime: true, size: true, sha256: true, uploadedAt: true },
  });
  if (docs.length === 0) return [];
  // NOT on a nullable column drops its NULL rows in SQL: say "no case, or another case" explicitly.
  const dupes = await db.uploadedDocument.groupBy({
    by: ["sha256"],
    where: { sha256: { in: docs.map((d) => d.sha256) }, OR: [{ caseId: null }, { caseId: { not: caseId } }] },
    _count: { _all: true },
  });
  return docs.map((d) => ({
    ...d,
    label: loanDocumentLabel(d.kind),
    uploadedAt: formatShanghaiDateTime(d.uploadedAt),
    sameHashElsewhere: dupes.find((x) => x.sha256 === d.sha256)?._count._all ?? 0,
  }));
}

/** A case document's bytes for staff viewing (the case in the path must be the document's). */
export async function getCaseDocumentBytes(caseId: string, documentId: string) {
  return db.uploadedDocument.findFirst({ where: { id: documentId, caseId }, select: { filename: true, mime: true, bytes: true } });
}

/**
 * Who opens a case's materials, by the screen they work at: the window's teller (any case of the
 * window's list), the reviewer of /review (only a case that carries a loan: the cases they approve
 * and recheck).
 */
export type CaseDocumentReader = "TELLER" | "REVIEWER";

/**
 * A case document's bytes for a staff member at their screen: the actor must hold that screen's
 * role, the document must be the case's (a document id under another case's path is not found),
 * and a reviewer reads only a loan case's materials. Reading changes nothing and is not audited.
 * Errors: FORBIDDEN_ROLE. Returns null when there is no such document for that reader.
 */
export async function openCaseDocument(opts: { actor: Actor; as: CaseDocumentReader; caseId: string; documentId: string }) {
  requireActorRole(opts.actor, opts.as);
  const loanCase = opts.as === "REVIEWER" ? { case: { matters: { some: { kind: "LOAN" as const, loanId: { not: null } } } } } : {};
  return db.uploadedDocument.findFirst({
    where: { id: opts.documentId, caseId: opts.caseId, ...loanCase },
    select: { filename: true, mime: true, bytes: true, sha256: true },
  });
}
