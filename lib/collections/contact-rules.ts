import { parseIsoDate, todayInShanghai } from "@/lib/dates/calendar";
import { isYuanString, money } from "@/lib/money";

/**
 * The time and promise rules of a contact log entry, in one place: the form's zod schema and the
 * log-contact use case both apply them.
 * - the contact happened: its time is not after now;
 * - a promise to pay names both an amount and a date; the amount is positive yuan with at most two
 *   decimals; the date is today or later (Asia/Shanghai calendar).
 * Times typed in the form are Shanghai wall-clock times ("2026-11-26T14:30", UTC+8, no DST).
 */

export type ContactRuleInput = {
  contactedAt: Date;
  promisedAmount: string | null;
  promisedDate: string | null;
};

export type ContactRuleIssue = { field: "contactedAt" | "promisedAmount" | "promisedDate"; message: string };

export const CONTACT_RULE_MESSAGES = {
  FUTURE: "联系时间不能晚于当前时间",
  AMOUNT: "承诺还款金额应为大于0的金额，最多两位小数",
  AMOUNT_MISSING: "填写了承诺还款日期时，请同时填写承诺还款金额",
  DATE: "承诺还款日期不能早于今天",
  DATE_INVALID: "承诺还款日期格式不正确",
  DATE_MISSING: "填写了承诺还款金额时，请同时填写承诺还款日期",
} as const;

function validDate(value: string): boolean {
  try {
    parseIsoDate(value);
    return true;
  } catch {
    return false;
  }
}

/** Every rule the entry breaks, each at its field; empty when it is fine. */
export function contactRuleIssues(input: ContactRuleInput, now: Date): ContactRuleIssue[] {
  const issues: ContactRuleIssue[] = [];
  if (input.contactedAt.getTime() > now.getTime()) issues.push({ field: "contactedAt", message: CONTACT_RULE_MESSAGES.FUTURE });
  const { promisedAmount: amount, promisedDate: date } = input;
  if (amount !== null && (!isYuanString(amount) || money(amount).lte(0)))
    issues.push({ field: "promisedAmount", message: CONTACT_RULE_MESSAGES.AMOUNT });
  if (amount === null && date !== null) issues.push({ field: "promisedAmount", message: CONTACT_RULE_MESSAGES.AMOUNT_MISSING });
  if (date !== null && !validDate(date)) issues.push({ field: "promisedDate", message: CONTACT_RULE_MESSAGES.DATE_INVALID });
  else if (date !== null && date < todayInShanghai(now)) issues.push({ field: "promisedDate", message: CONTACT_RULE_MESSAGES.DATE });
  if (date === null && amount !== null) issues.push({ field: "promisedDate", message: CONTACT_RULE_MESSAGES.DATE_MISSING });
  return issues;
}
