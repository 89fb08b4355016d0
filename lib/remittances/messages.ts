import type { FormState } from "@/lib/action-state";
import type { RowError } from "@/lib/remittances/row-rules";

/** Chinese messages for postRemittance's DomainError codes. */
export const REMITTANCE_MESSAGES: Record<string, string> = {
  MONTH_IN_FUTURE: "不能汇缴尚未到来的月份",
  MONTH_ALREADY_POSTED: "该月份已汇缴，不能重复汇缴",
  ACCOUNTS_CHANGED: "部分职工账户在汇缴时发生变化，本次未入账，请重新上传",
};

/** What the upload form shows: the usual form state, the row-by-row report, or what was posted. */
export type RemittanceFormState = FormState & {
  report?: RowError[];
  posted?: { month: string; rowCount: number; employerTotal: string; personalTotal: string; total: string };
};
