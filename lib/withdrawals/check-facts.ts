import { parseIsoDate } from "@/lib/dates/calendar";
import { isYuanString, money } from "@/lib/money";
import { normalizeCertNo } from "@/lib/fraud/registry-check";
import { normalizeInvoiceNo } from "@/lib/fraud/invoice-check";
import { FACT_FIELDS, type ClaimValues, type FactField, type ReasonRule } from "@/lib/withdrawals/reasons";

export type FactIssue = { code: "FACT_MISSING" | "FACT_FORMAT"; field: FactField; message: string };

const MAX_TEXT = 80;

function isDate(value: string): boolean {
  try {
    parseIsoDate(value);
    return true;
  } catch {
    return false;
  }
}

/** Area in m² with at most two decimals, above zero. */
function isArea(value: string): boolean {
  return /^\d{1,5}(\.\d{1,2})?$/.test(value) && money(value).gt(0);
}

function formatProblem(field: FactField, value: string, today: string): string | null {
  const { label, input } = FACT_FIELDS[field];
  if (input === "text") return value.length > MAX_TEXT ? `${label}不能超过 ${MAX_TEXT} 个字` : null;
  if (input === "area") return isArea(value) ? null : `${label}应为正数，最多两位小数`;
  if (input === "yuan") return isYuanString(value) && money(value).gt(0) ? null : `${label}应为正数，最多两位小数`;
  if (!isDate(value)) return `${label}应为有效日期（年-月-日）`;
  return value > today ? `${label}不能晚于今天` : null;
}

/**
 * The anti-fraud facts a reason asks for (reasons.ts factFields): each present and well formed,
 * dates not in the future, discharge not before admission, and the self-paid part of an illness
 * not above its total. Pure; `today` is the business date (Asia/Shanghai).
 */
export function checkFacts(rule: ReasonRule, claim: ClaimValues, today: string): FactIssue[] {
  const issues: FactIssue[] = [];
  for (const field of rule.factFields) {
    const value = claim[field]?.trim() ?? "";
    if (!value) {
      issues.push({ code: "FACT_MISSING", field, message: `请填写${FACT_FIELDS[field].label}` });
      continue;
    }
    const problem = formatProblem(field, value, today);
    if (problem) issues.push({ code: "FACT_FORMAT", field, message: problem });
  }
  if (issues.length > 0) return issues;
  const admission = claim.admissionDate?.trim();
  const discharge = claim.dischargeDate?.trim();
  if (admission && discharge && discharge < admission) {
    issues.push({ code: "FACT_FORMAT", field: "dischargeDate", message: "出院日期不能早于入院日期" });
  }
  const total = claim.medicalTotal?.trim();
  const own = claim.outOfPocket?.trim();
  if (total && own && isYuanString(own) && money(own).gt(money(total))) {
    issues.push({ code: "FACT_FORMAT", field: "medicalTotal", message: "个人自付医疗费用不能超过医疗费用总额" });
  }
  return issues;
}

/**
 * The claim as stored: values trimmed, the certificate and invoice numbers in the registry's and
 * the tax authority's form, so checks, the workbench and the registry join on them exactly.
 */
export function normalizeClaim(claim: ClaimValues): ClaimValues {
  const out: ClaimValues = {};
  for (const [key, value] of Object.entries(claim) as [keyof ClaimValues, string | undefined][]) out[key] = value?.trim() ?? "";
  if (out.propertyCertNo) out.propertyCertNo = normalizeCertNo(out.propertyCertNo);
  if (out.deedTaxInvoiceNo) out.deedTaxInvoiceNo = normalizeInvoiceNo(out.deedTaxInvoiceNo);
  return out;
}
