import { z } from "zod";
import type { Tx } from "@/lib/db";
import { money } from "@/lib/money";
import { PARAMETER_KEYS, parameterInForce } from "@/lib/settings/versioned";
import { REASON_CODES, REASON_RULES, type ReasonCode, type ReasonRule } from "@/lib/withdrawals/reasons";

/**
 * The withdrawal reason rules as versioned data. The code table (reasons.ts) fixes each reason's
 * shape: documents, claim and fact fields, the kind of amount limit, whether it closes the account.
 * An ADMIN publishes, with an effective date, the figures a center tunes: how often a reason may
 * be used and the rent cap (monthly cap, most months). The version in force on the application
 * date applies; with none, REASON_RULES as written (today's values).
 */
export const ZFrequency = z.object({ maxTimes: z.number().int().min(1).max(99), perMonths: z.number().int().min(1).max(120) }).nullable();

const ZRent = z.object({
  monthlyCap: z
    .string()
    .regex(/^(0|[1-9]\d{0,6})(\.\d{1,2})?$/)
    .refine((v) => money(v).gt(0))
    .transform((v) => money(v).toFixed(2)),
  maxMonths: z.number().int().min(1).max(120),
});

export const ZReasonRuleFigures = z.object({
  reasons: z.record(z.enum(REASON_CODES), z.object({ frequency: ZFrequency, rent: ZRent.optional() })),
});
export type ReasonRuleFigures = z.infer<typeof ZReasonRuleFigures>;

/** Today's figures from the code table: the form's starting point and the default. */
export function figuresOf(rules: Record<ReasonCode, ReasonRule>): ReasonRuleFigures {
  const reasons = Object.fromEntries(
    REASON_CODES.map((code) => {
      const rule = rules[code];
      const rent = rule.limit.kind === "RENT" ? { monthlyCap: rule.limit.monthlyCap, maxMonths: rule.limit.maxMonths } : undefined;
      return [code, { frequency: rule.frequency ? { ...rule.frequency } : null, ...(rent ? { rent } : {}) }];
    }),
  ) as ReasonRuleFigures["reasons"];
  return { reasons };
}

/** The code table with a version's figures applied (a reason the version does not name keeps its rule). */
export function applyFigures(base: Record<ReasonCode, ReasonRule>, figures: ReasonRuleFigures): Record<ReasonCode, ReasonRule> {
  const out = { ...base };
  for (const code of REASON_CODES) {
    const f = figures.reasons[code];
    if (!f) continue;
    const rule = base[code];
    out[code] = {
      ...rule,
      frequency: f.frequency ? { ...f.frequency } : null,
      limit:
        rule.limit.kind === "RENT" && f.rent ? { kind: "RENT", monthlyCap: f.rent.monthlyCap, maxMonths: f.rent.maxMonths } : rule.limit,
    };
  }
  return out;
}

/** The reason rules in force on `date` (Asia/Shanghai calendar date) and the version they come from (null: the code table). */
export async function reasonRulesInForce(
  reader: Pick<Tx, "parameterVersion">,
  date: string,
): Promise<{ version: number | null; rules: Record<ReasonCode, ReasonRule> }> {
  const found = await parameterInForce(reader, PARAMETER_KEYS.reasonRules, ZReasonRuleFigures, date);
  return found ? { version: found.version, rules: applyFigures(REASON_RULES, found.value) } : { version: null, rules: REASON_RULES };
}
