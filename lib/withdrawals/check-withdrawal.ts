import Decimal from "decimal.js";
import { isYuanString, money } from "@/lib/money";
import { checkFacts } from "@/lib/withdrawals/check-facts";
import { CLAIM_LABELS, type ClaimField, type ClaimValues, type ReasonRule } from "@/lib/withdrawals/reasons";

/**
 * The pure rule check of one withdrawal application against its reason's rule set. Returns every
 * problem at once, each tied to a form field, and the largest amount the rules allow.
 */
export type WithdrawalProblem =
  | "AMOUNT_FORMAT"
  | "AMOUNT_NOT_POSITIVE"
  | "CLAIM_MISSING"
  | "MONTHS_RANGE"
  | "EXCEEDS_LIMIT"
  | "EXCEEDS_BALANCE"
  | "MUST_BE_FULL_BALANCE"
  | "FREQUENCY"
  | "DOCUMENTS_MISSING"
  | "ACCOUNT_NOT_OPEN"
  | "FACT_MISSING"
  | "FACT_FORMAT";

export type CheckInput = {
  rule: ReasonRule;
  amount: string;
  claim: ClaimValues;
  balance: string;
  accountStatus: string;
  /** Non-rejected applications for this reason within the rule's frequency window. */
  recentCount: number;
  /** Kinds of the documents attached. */
  documentKinds: string[];
  /** The business date, for the facts' dates (none may lie in the future). Default: no date is too late. */
  today?: string;
};

export type CheckIssue = { code: WithdrawalProblem; field: string; message: string };

function limitOf(input: CheckInput, issues: CheckIssue[]): Decimal | null {
  const { rule, claim } = input;
  const need = (field: ClaimField) => {
    const raw = claim[field]?.trim() ?? "";
    const ok = field === "months" ? /^\d{1,2}$/.test(raw) : isYuanString(raw) && money(raw).gt(0);
    if (!ok) issues.push({ code: "CLAIM_MISSING", field, message: `请填写${CLAIM_LABELS[field]}（正数，最多两位小数）` });
    return ok ? money(raw) : null;
  };
  switch (rule.limit.kind) {
    case "BALANCE":
    case "FULL_BALANCE":
      return money(input.balance);
    case "CLAIM":
      return need(rule.limit.field);
    case "RENT": {
      const rent = need("monthlyRent");
      const months = need("months");
      if (!rent || !months) return null;
      if (months.lt(1) || months.gt(rule.limit.maxMonths)) {
        issues.push({ code: "MONTHS_RANGE", field: "months", message: `提取月数应为 1 至 ${rule.limit.maxMonths} 个月` });
        return null;
      }
      return Decimal.min(rent, money(rule.limit.monthlyCap)).times(months);
    }
  }
}

export function checkWithdrawal(input: CheckInput): { ok: boolean; limit: string | null; issues: CheckIssue[] } {
  const issues: CheckIssue[] = [];
  const { rule } = input;
  if (input.accountStatus === "CLOSED") issues.push({ code: "ACCOUNT_NOT_OPEN", field: "reasonCode", message: "账户已销户，不能提取" });
  const limit = limitOf(input, issues);
  const amountOk = isYuanString(input.amount.trim());
  if (!amountOk) issues.push({ code: "AMOUNT_FORMAT", field: "amount", message: "提取金额应为数字，最多两位小数" });
  const amount = amountOk ? money(input.amount.trim()) : null;
  const balance = money(input.balance);
  if (amount && amount.lte(0)) issues.push({ code: "AMOUNT_NOT_POSITIVE", field: "amount", message: "提取金额应大于 0" });
  else if (amount && rule.limit.kind === "FULL_BALANCE" && !amount.eq(balance)) {
    issues.push({ code: "MUST_BE_FULL_BALANCE", field: "amount", message: `该原因须一次提取全部余额 ${balance.toFixed(2)} 元并销户` });
  } else if (amount && amount.gt(balance)) {
    issues.push({ code: "EXCEEDS_BALANCE", field: "amount", message: `提取金额不能超过账户余额 ${balance.toFixed(2)} 元` });
  } else if (amount && limit && amount.gt(limit)) {
    issues.push({ code: "EXCEEDS_LIMIT", field: "amount", message: `按${rule.label}的规定，最多可提取 ${limit.toFixed(2)} 元` });
  }
  if (rule.frequency && input.recentCount >= rule.frequency.maxTimes) {
    issues.push({
      code: "FREQUENCY",
      field: "reasonCode",
      message: `${rule.label}提取 ${rule.frequency.perMonths} 个月内最多 ${rule.frequency.maxTimes} 次`,
    });
  }
  issues.push(...checkFacts(rule, input.claim, input.today ?? "9999-12-31"));
  const missing = rule.documents.filter((d) => !input.documentKinds.includes(d.kind));
  if (missing.length) {
    issues.push({ code: "DOCUMENTS_MISSING", field: "documents", message: `缺少材料：${missing.map((d) => d.label).join("、")}` });
  }
  const allowed = limit ? Decimal.min(limit, balance) : null;
  return { ok: issues.length === 0, limit: allowed?.toFixed(2) ?? null, issues };
}
