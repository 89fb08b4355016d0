import { z } from "zod";
import { isRealDate } from "@/lib/dates/calendar";
import { COLLECTION_ACTION_LABELS, type CollectionAction, type EscalationPolicy } from "@/lib/servicing/escalation";
import { REASON_CODES, REASON_RULES } from "@/lib/withdrawals/reasons";
import type { ReasonRuleFigures } from "@/lib/withdrawals/reason-rules-store";
import { ZRateBounds } from "@/lib/employers/rate-bounds";

/**
 * The /admin/parameters forms: flat text fields (one per input, so each error lands next to its
 * input) turned into the parameter values the rule code reads. Ranges and cross-field rules are
 * the value schemas' (ZWageBounds, ZInterestRate, ZEscalationPolicy, ZReasonRuleFigures), checked
 * again by publishParameter.
 */
type Raw = Record<string, unknown>;
const str = (raw: Raw, key: string) => (typeof raw[key] === "string" ? (raw[key] as string).trim() : "");
const list = (raw: Raw, key: string) =>
  Array.isArray(raw[key]) ? (raw[key] as unknown[]).filter((v): v is string => typeof v === "string") : [];

const common = (raw: Raw, ctx: z.RefinementCtx) => {
  const effectiveFrom = str(raw, "effectiveFrom");
  if (!isRealDate(effectiveFrom)) ctx.addIssue({ code: "custom", path: ["effectiveFrom"], message: "请选择生效日期" });
  return { effectiveFrom, note: str(raw, "note") || null };
};

const whole = (raw: Raw, key: string, ctx: z.RefinementCtx, opts: { min: number; max: number; optional?: boolean }) => {
  const v = str(raw, key);
  if (v === "" && opts.optional) return undefined;
  if (!/^\d{1,3}$/.test(v) || Number(v) < opts.min || Number(v) > opts.max) {
    ctx.addIssue({ code: "custom", path: [key], message: `请输入${opts.min}至${opts.max}之间的整数${opts.optional ? "（可留空）" : ""}` });
    return undefined;
  }
  return Number(v);
};

export const ZWageForm = z.record(z.string(), z.unknown()).transform((raw, ctx) => ({
  ...common(raw, ctx),
  value: { minimumWage: str(raw, "minimumWage"), averageWage: str(raw, "averageWage") },
}));

/** The contribution rate bounds (缴存比例上下限), % with at most two decimals (ZRateBounds checks them). */
export const ZRateBoundsForm = z.record(z.string(), z.unknown()).transform((raw, ctx) => {
  const value = { min: str(raw, "min"), max: str(raw, "max") };
  // The value schema's own messages, each at its input (publishParameter checks it again).
  for (const issue of ZRateBounds.safeParse(value).error?.issues ?? [])
    ctx.addIssue({ code: "custom", path: issue.path.map(String), message: issue.message });
  return { ...common(raw, ctx), value };
});

export const ZRateForm = z.record(z.string(), z.unknown()).transform((raw, ctx) => ({
  ...common(raw, ctx),
  value: { ratePercent: str(raw, "ratePercent") },
}));

const ACTIONS = Object.keys(COLLECTION_ACTION_LABELS) as CollectionAction[];

/** Most tiers the escalation form carries (hidden `t{i}.code` fields name the tiers in force). */
export const MAX_TIERS = 6;

/** The escalation form: the tiers in force, by their codes; labels, bounds and actions edited. */
export const ZEscalationForm = z.record(z.string(), z.unknown()).transform((raw, ctx) => {
  const tiers = Array.from({ length: MAX_TIERS }, (_, i) => i)
    .filter((i) => /^[A-Z_]{1,20}$/.test(str(raw, `t${i}.code`)))
    .map((i) => {
      const p = `t${i}`;
      const label = str(raw, `${p}.label`);
      if (!label || label.length > 60) ctx.addIssue({ code: "custom", path: [`${p}.label`], message: "请填写名称（不超过60字）" });
      const min = whole(raw, `${p}.min`, ctx, { min: 1, max: 360 });
      const max = whole(raw, `${p}.max`, ctx, { min: 1, max: 360, optional: true });
      const consecutive = whole(raw, `${p}.consecutive`, ctx, { min: 1, max: 360, optional: true });
      if (min !== undefined && max !== undefined && max < min) {
        ctx.addIssue({ code: "custom", path: [`${p}.max`], message: "最多逾期期数不能小于最少逾期期数" });
      }
      const actions = ACTIONS.filter((a) => list(raw, `${p}.actions`).includes(a));
      if (actions.length === 0) ctx.addIssue({ code: "custom", path: [`${p}.actions`], message: "请至少选择一项催收措施" });
      return {
        code: str(raw, `${p}.code`),
        label,
        minOverduePeriods: min ?? 1,
        ...(max !== undefined ? { maxOverduePeriods: max } : {}),
        ...(consecutive !== undefined ? { minConsecutiveOverduePeriods: consecutive } : {}),
        actions,
      };
    });
  if (tiers.length === 0) ctx.addIssue({ code: "custom", message: "催收升级规则至少须有一档" });
  return { ...common(raw, ctx), value: { tiers } satisfies EscalationPolicy };
});

/** The reasons whose amount is capped by rent figures (07). */
export const RENT_REASONS = REASON_CODES.filter((c) => REASON_RULES[c].limit.kind === "RENT");

export const ZReasonRulesForm = z.record(z.string(), z.unknown()).transform((raw, ctx) => {
  const reasons = Object.fromEntries(
    REASON_CODES.map((code) => {
      const p = `r${code}`;
      const maxTimes = whole(raw, `${p}.maxTimes`, ctx, { min: 1, max: 99, optional: true });
      const perMonths = whole(raw, `${p}.perMonths`, ctx, { min: 1, max: 120, optional: true });
      const noTimes = str(raw, `${p}.maxTimes`) === "";
      if (noTimes !== (str(raw, `${p}.perMonths`) === "")) {
        const missing = noTimes ? `${p}.maxTimes` : `${p}.perMonths`;
        ctx.addIssue({ code: "custom", path: [missing], message: "次数和期间须同时填写，或同时留空表示不限" });
      }
      const frequency = maxTimes !== undefined && perMonths !== undefined ? { maxTimes, perMonths } : null;
      if (!RENT_REASONS.includes(code)) return [code, { frequency }];
      const monthlyCap = str(raw, `${p}.monthlyCap`);
      if (!/^(0|[1-9]\d{0,6})(\.\d{1,2})?$/.test(monthlyCap) || Number(monthlyCap) <= 0) {
        ctx.addIssue({ code: "custom", path: [`${p}.monthlyCap`], message: "请输入大于0的金额（元），最多两位小数" });
      }
      const maxMonths = whole(raw, `${p}.maxMonths`, ctx, { min: 1, max: 120 });
      return [code, { frequency, rent: { monthlyCap, maxMonths: maxMonths ?? 1 } }];
    }),
  ) as ReasonRuleFigures["reasons"];
  return { ...common(raw, ctx), value: { reasons } satisfies ReasonRuleFigures };
});
