import { prepareDocument, type DocumentDraft } from "@/lib/documents/prepare-document";
import type { ClaimField, ClaimValues, FactField, ReasonRule } from "@/lib/withdrawals/reasons";

/** The uploads named doc_<KIND> for the reason's documents; throws DOCUMENT_INVALID per bad file. */
export async function documentsFromForm(formData: FormData, rule: ReasonRule): Promise<DocumentDraft[]> {
  const drafts: DocumentDraft[] = [];
  for (const doc of rule.documents) {
    const file = formData.get(`doc_${doc.kind}`);
    if (!(file instanceof File) || file.size === 0) continue;
    drafts.push(prepareDocument({ kind: doc.kind, filename: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }));
  }
  return drafts;
}

/** The reason's claim fields and anti-fraud facts out of the parsed form. */
export function claimFromForm(rule: ReasonRule, data: Partial<Record<ClaimField | FactField, string>>): ClaimValues {
  return Object.fromEntries([...rule.claimFields, ...rule.factFields].map((f) => [f, data[f] ?? ""]));
}
