import type { InstallmentStatus, LoanStatus, RepaymentMethod } from "@/lib/generated/prisma/enums";

/** The one Chinese label per loan enum value (portal, window, contracts, collections). */
export const LOAN_STATUS_LABELS: Record<LoanStatus, string> = {
  APPLYING: "申请中",
  REJECTED: "未获批准",
  CANCELLED: "已撤销",
  ACTIVE: "正常还款",
  OVERDUE: "逾期",
  PAID_OFF: "已结清",
};

export const REPAYMENT_METHOD_LABELS: Record<RepaymentMethod, string> = { EQUAL_INSTALLMENT: "等额本息", EQUAL_PRINCIPAL: "等额本金" };

export const INSTALLMENT_STATUS_LABELS: Record<InstallmentStatus, string> = { PENDING: "待还", PAID: "已还", OVERDUE: "逾期" };
