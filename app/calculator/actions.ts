"use server";

import { headers } from "next/headers";
import { formValues, fromZodError } from "@/lib/action-state";
import { calculateLoanLimits, ZLoanCalculator } from "@/lib/cases/loan-calculator";
import type { CalculatorState } from "@/lib/cases/calculator-state";
import { clientIp } from "@/lib/security/client-ip";
import { takeHit } from "@/lib/security/rate-limit";
import { LOAN_CALCULATOR_PER_IP } from "@/lib/security/rate-limits";

// Public on purpose: anyone may try figures before applying. Read only, and rate limited per IP
// before anything else (like the kiosk).
export async function calculateLoanAction(_prev: CalculatorState, formData: FormData): Promise<CalculatorState> {
  const values = formValues(formData);
  if (!(await takeHit(LOAN_CALCULATOR_PER_IP, clientIp(await headers())))) return { formError: "试算过于频繁，请稍后再试", values };
  const parsed = ZLoanCalculator.safeParse(values);
  if (!parsed.success) return fromZodError(parsed.error, values);
  const result = await calculateLoanLimits(parsed.data);
  const fieldErrors: Record<string, string[]> = {};
  const formMessages: string[] = [];
  for (const p of result.problems) {
    if (p.field) (fieldErrors[p.field] ??= []).push(p.message);
    else formMessages.push(p.message);
  }
  return { values, result, fieldErrors, formError: formMessages.length ? formMessages.join("；") : undefined };
}
