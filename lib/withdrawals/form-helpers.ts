import type { FormState } from "@/lib/action-state";
import { isDomainError } from "@/lib/errors";
import { prepareDocument, type DocumentDraft } from "@/lib/documents/prepare-document";
import type { CheckIssue } from "@/lib/withdrawals/check-withdrawal";
import { WITHDRAWAL_MESSAGES } from "@/lib/withdrawals/messages";
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

/**
 * A withdrawal DomainError as FormState: rule issues at their fields, others at the form. A fraud
 * refusal (blacklist, registry mismatch, insider conflict) shows its own Chinese reason at the form
 * and, for a registry mismatch, at each field that differs.
 */
export function withdrawalErrorState(error: unknown, values: Record<string, string>): FormState {
  if (!isDomainError(error)) throw error;
  if (error.code === "RULES" || error.code === "REGISTRY_MISMATCH") {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of (error.details?.issues ?? []) as Pick<CheckIssue, "field" | "message">[]) (fieldErrors[issue.field] ??= []).push(issue.message);
    const formError = error.code === "RULES" ? WITHDRAWAL_MESSAGES.RULES : String(error.details?.reason ?? WITHDRAWAL_MESSAGES.REGISTRY_MISMATCH);
    return { fieldErrors, formError, values };
  }
  if (error.code === "BLACKLISTED" || error.code === "INSIDER_CONFLICT") {
    return { formError: String(error.details?.reason ?? WITHDRAWAL_MESSAGES[error.code]), values };
  }
  if (error.code === "IN_FLIGHT" && error.details?.reason) return { fieldErrors: { reasonCode: [String(error.details.reason)] }, values };
  if (error.code === "BANK_PAY_FAILED") return { formError: `${WITHDRAWAL_MESSAGES.BANK_PAY_FAILED}（${String(error.details?.reason ?? "银行未说明原因")}）`, values };
  if (error.code === "OVER_AUTHORITY") {
    return { formError: `${WITHDRAWAL_MESSAGES.OVER_AUTHORITY}（您的权限 ${String(error.details?.limit)} 元，提取金额 ${String(error.details?.amount)} 元）`, values };
  }
  const message = error.code === "DOCUMENT_INVALID" ? error.message : (WITHDRAWAL_MESSAGES[error.code] ?? "办理失败，请稍后再试");
  return error.field ? { fieldErrors: { [error.field]: [message] }, values } : { formError: message, values };
}
