import type { RadioOption } from "@/components/forms/radio-group";
import { REPAYMENT_METHOD_LABELS } from "@/lib/loans/labels";

// The two loan questions asked by radio buttons, worded once for the window's form, the online
// application and the public calculator.
export const REPAYMENT_METHOD_OPTIONS: readonly RadioOption[] = [
  { value: "EQUAL_INSTALLMENT", label: REPAYMENT_METHOD_LABELS.EQUAL_INSTALLMENT },
  { value: "EQUAL_PRINCIPAL", label: REPAYMENT_METHOD_LABELS.EQUAL_PRINCIPAL },
];

export const FIRST_HOME_OPTIONS: readonly RadioOption[] = [
  { value: "yes", label: "首套" },
  { value: "no", label: "二套" },
];
