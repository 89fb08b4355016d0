import { prepareDocument, type DocumentDraft } from "@/lib/documents/prepare-document";
import { REASON_RULES, type ClaimField, type ClaimValues, type FactField, type ReasonRule } from "@/lib/withdrawals/reasons";
import type { TApplyWithdrawal } from "@/lib/withdrawals/schemas";
import type { SubmitWithdrawalOptions } from "@/lib/withdrawals/submit-withdrawal";

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

/**
 * The application part of submitWithdrawal's options from the parsed form and its uploads, the
 * same online and at the window: the reason's claim, the payee card, the documents, and the
 * form's idempotency key scoped to the signed-in user.
 */
export async function applicationFromForm(
  form: TApplyWithdrawal,
  formData: FormData,
  userId: string,
): Promise<Pick<SubmitWithdrawalOptions, "reasonCode" | "amount" | "claim" | "bankName" | "bankAccount" | "idempotencyKey" | "documents">> {
  const { reasonCode, amount, bankName, bankAccount, idempotencyKey, ...claim } = form;
  const rule = REASON_RULES[reasonCode];
  return {
    reasonCode,
    amount,
    claim: claimFromForm(rule, claim),
    bankName,
    bankAccount,
    idempotencyKey: `${userId}:${idempotencyKey}`,
    documents: await documentsFromForm(formData, rule),
  };
}
