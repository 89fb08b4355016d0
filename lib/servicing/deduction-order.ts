import type Decimal from "decimal.js";
import { DomainError } from "@/lib/errors";
import { Money, formatYuan, money, type MoneyInput } from "@/lib/money";

/**
 * The repayment allocation rule (还款冲抵顺序). The order is data, shown to the borrower, because
 * borrowers dispute it. Rules:
 * - a payment fills the buckets strictly in `order`: each bucket takes min(remaining payment, owed);
 * - what is left after every bucket is full is `unapplied` (an overpayment, never a negative bucket);
 * - amounts are yuan with at most two decimals; arithmetic is exact (no rounding is needed);
 * - `order` must be a permutation of all five buckets. Errors: INVALID_DEDUCTION_ORDER, INVALID_AMOUNT.
 */
export type DeductionBucket =
  "OVERDUE_PENALTY_INTEREST" | "OVERDUE_INTEREST" | "OVERDUE_PRINCIPAL" | "CURRENT_INTEREST" | "CURRENT_PRINCIPAL";

/** 逾期罚息 → 逾期利息 → 逾期本金 → 当期利息 → 当期本金. */
export const DEFAULT_DEDUCTION_ORDER: readonly DeductionBucket[] = [
  "OVERDUE_PENALTY_INTEREST",
  "OVERDUE_INTEREST",
  "OVERDUE_PRINCIPAL",
  "CURRENT_INTEREST",
  "CURRENT_PRINCIPAL",
];

export const DEDUCTION_BUCKET_LABELS: Record<DeductionBucket, string> = {
  OVERDUE_PENALTY_INTEREST: "逾期罚息",
  OVERDUE_INTEREST: "逾期利息",
  OVERDUE_PRINCIPAL: "逾期本金",
  CURRENT_INTEREST: "当期利息",
  CURRENT_PRINCIPAL: "当期本金",
};

export type BucketAmounts = Record<DeductionBucket, string>;

export type AllocatePaymentInput = {
  amount: MoneyInput;
  owed: Record<DeductionBucket, MoneyInput>;
  order?: readonly DeductionBucket[];
};

export type PaymentAllocation = {
  /** What the payment paid into each bucket. */
  allocated: BucketAmounts;
  /** What is still owed in each bucket afterwards. */
  remainingOwed: BucketAmounts;
  /** Sum of `allocated`. */
  applied: string;
  /** The part of the payment no bucket needed. */
  unapplied: string;
};

/** Throws INVALID_DEDUCTION_ORDER unless `order` names every bucket exactly once. */
export function assertDeductionOrder(order: readonly string[]): asserts order is readonly DeductionBucket[] {
  const known = new Set<string>(DEFAULT_DEDUCTION_ORDER);
  const seen = new Set(order);
  if (order.length !== known.size || seen.size !== known.size || [...seen].some((b) => !known.has(b))) {
    throw new DomainError("INVALID_DEDUCTION_ORDER", { details: { order: [...order] } });
  }
}

/** "逾期罚息 → 逾期利息 → …" for the borrower's screen and notices. */
export function describeDeductionOrder(order: readonly DeductionBucket[] = DEFAULT_DEDUCTION_ORDER): string {
  assertDeductionOrder(order);
  return order.map((b) => DEDUCTION_BUCKET_LABELS[b]).join(" → ");
}

function yuanAmount(value: MoneyInput, field: string): Decimal {
  let parsed: Decimal;
  try {
    parsed = money(value);
  } catch {
    throw new DomainError("INVALID_AMOUNT", { field });
  }
  if (!parsed.isFinite() || parsed.isNegative() || parsed.decimalPlaces() > 2) throw new DomainError("INVALID_AMOUNT", { field });
  return parsed;
}

export function allocatePayment(input: AllocatePaymentInput): PaymentAllocation {
  const order = input.order ?? DEFAULT_DEDUCTION_ORDER;
  assertDeductionOrder(order);
  let left = yuanAmount(input.amount, "amount");
  const allocated = {} as BucketAmounts;
  const remainingOwed = {} as BucketAmounts;
  let applied: Decimal = new Money(0);
  for (const bucket of order) {
    const owed = yuanAmount(input.owed[bucket], bucket);
    const take = Money.min(left, owed);
    left = left.minus(take);
    applied = applied.plus(take);
    allocated[bucket] = formatYuan(take);
    remainingOwed[bucket] = formatYuan(owed.minus(take));
  }
  return { allocated, remainingOwed, applied: formatYuan(applied), unapplied: formatYuan(left) };
}
