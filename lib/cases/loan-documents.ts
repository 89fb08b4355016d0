import { prepareDocument, type DocumentDraft } from "@/lib/documents/prepare-document";

/**
 * The materials a citizen may upload with an online loan application (one file each, PDF / JPEG /
 * PNG by magic bytes, at most 5 MB: lib/documents). None is required online: what is missing is
 * brought to the window, which sees what was uploaded without rescanning.
 */
export const LOAN_DOCUMENTS = [
  { kind: "PURCHASE_CONTRACT", label: "购房合同或不动产权证书" },
  { kind: "INCOME_PROOF", label: "收入证明" },
  { kind: "MARRIAGE_PROOF", label: "婚姻状况证明" },
  { kind: "ID_CARD", label: "身份证正反面" },
] as const;

export type LoanDocumentKind = (typeof LOAN_DOCUMENTS)[number]["kind"];

export function loanDocumentLabel(kind: string): string {
  return LOAN_DOCUMENTS.find((d) => d.kind === kind)?.label ?? kind;
}

/**
 * The uploads named doc_<KIND>, checked and hashed; an empty file input (0 bytes) is skipped. Throws
 * DOCUMENT_INVALID (field doc_<KIND>, details.problem) at the first bad file, before anything is written.
 */
export async function loanDocumentsFromForm(formData: FormData): Promise<DocumentDraft[]> {
  const drafts: DocumentDraft[] = [];
  for (const doc of LOAN_DOCUMENTS) {
    const file = formData.get(`doc_${doc.kind}`);
    // NOTE: an input left empty arrives as a 0-byte File (named "" or "blob" depending on the
    // parser): skipped, as lib/withdrawals/form-helpers does — not uploading is allowed online.
    if (!(file instanceof File) || file.size === 0) continue;
    drafts.push(prepareDocument({ kind: doc.kind, filename: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }));
  }
  return drafts;
}
