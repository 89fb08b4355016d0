import type { FormState } from "@/lib/action-state";
import type { Installment } from "@/lib/loans/schedule";
import type { PrepaymentMode, PrepaymentSummary } from "@/lib/servicing/prepayment";

/** The prepayment quote (试算) sent back to the form: what confirming today will do. */
export type PrepayQuoteDto = {
  takesEffectOn: string;
  mode: PrepaymentMode;
  amount: string;
  accruedDays: number;
  accruedInterest: string;
  total: string;
  nextSeq: number;
  summary: PrepaymentSummary;
  firstInstallments: Installment[];
  lastInstallment: Installment | null;
};

export type PrepayFormState = FormState & { quote?: PrepayQuoteDto };
