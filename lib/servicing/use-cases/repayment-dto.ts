import { randomBytes } from "node:crypto";
import { fromDateColumn } from "@/lib/dates/calendar";
import type { RepaymentKind, RepaymentSource } from "@/lib/generated/prisma/enums";
import { formatYuan, money, type MoneyInput } from "@/lib/money";
import { DEDUCTION_BUCKET_LABELS, DEFAULT_DEDUCTION_ORDER, type DeductionBucket } from "@/lib/servicing/deduction-order";

/** The Repayment column each deduction bucket is recorded in. */
export const BUCKET_COLUMNS = {
  OVERDUE_PENALTY_INTEREST: "penaltyInterest",
  OVERDUE_INTEREST: "overdueInterest",
  OVERDUE_PRINCIPAL: "overduePrincipal",
  CURRENT_INTEREST: "currentInterest",
  CURRENT_PRINCIPAL: "currentPrincipal",
} as const satisfies Record<DeductionBucket, string>;

export const REPAYMENT_KIND_LABELS: Record<RepaymentKind, string> = {
  SCHEDULED: "按月扣划",
  ONLINE: "在线还款",
  PREPAYMENT: "提前部分还款",
  PAYOFF: "提前结清",
};

export const REPAYMENT_SOURCE_LABELS: Record<RepaymentSource, string> = {
  FUND_ACCOUNT: "公积金账户",
  BANK: "银行卡代扣",
  ONLINE: "网上支付",
};

type RepaymentRow = {
  repaymentNo: string;
  kind: RepaymentKind;
  source: RepaymentSource;
  businessDate: Date;
  amount: MoneyInput;
  prepaidPrincipal: MoneyInput;
  accruedInterest: MoneyInput;
  bankRef: string | null;
} & Record<(typeof BUCKET_COLUMNS)[DeductionBucket], MoneyInput>;

export type AllocationLine = { bucket: DeductionBucket | "PREPAID_PRINCIPAL" | "ACCRUED_INTEREST"; label: string; amount: string };

export type RepaymentDto = {
  repaymentNo: string;
  kind: RepaymentKind;
  kindLabel: string;
  sourceLabel: string;
  businessDate: string;
  amount: string;
  bankRef: string | null;
  /** What the payment settled, bucket by bucket in the deduction order, then prepaid principal and its interest. */
  allocation: AllocationLine[];
};

/** The Prisma select that `toRepaymentDto` needs. */
export const REPAYMENT_SELECT = {
  repaymentNo: true,
  kind: true,
  source: true,
  businessDate: true,
  amount: true,
  bankRef: true,
  prepaidPrincipal: true,
  accruedInterest: true,
  penaltyInterest: true,
  overdueInterest: true,
  overduePrincipal: true,
  currentInterest: true,
  currentPrincipal: true,
} as const;

export function toRepaymentDto(row: RepaymentRow, order: readonly DeductionBucket[] = DEFAULT_DEDUCTION_ORDER): RepaymentDto {
  const lines: AllocationLine[] = order.map((bucket) => ({
    bucket,
    label: DEDUCTION_BUCKET_LABELS[bucket],
    amount: formatYuan(row[BUCKET_COLUMNS[bucket]]),
  }));
  if (!money(row.accruedInterest).isZero())
    lines.push({ bucket: "ACCRUED_INTEREST", label: "提前还款应计利息", amount: formatYuan(row.accruedInterest) });
  if (!money(row.prepaidPrincipal).isZero())
    lines.push({ bucket: "PREPAID_PRINCIPAL", label: "提前偿还本金", amount: formatYuan(row.prepaidPrincipal) });
  return {
    repaymentNo: row.repaymentNo,
    kind: row.kind,
    kindLabel: REPAYMENT_KIND_LABELS[row.kind],
    sourceLabel: REPAYMENT_SOURCE_LABELS[row.source],
    businessDate: fromDateColumn(row.businessDate),
    amount: formatYuan(row.amount),
    bankRef: row.bankRef,
    allocation: lines.filter((l) => !money(l.amount).isZero()),
  };
}

/** HK + business date + 8 random hex digits: unique without a counter (the column is unique too). */
export function newRepaymentNo(businessDate: string): string {
  return `HK${businessDate.replaceAll("-", "")}${randomBytes(4).toString("hex").toUpperCase()}`;
}
