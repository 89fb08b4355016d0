import { DomainError } from "@/lib/errors";

/**
 * Collection escalation policy (催收升级), as data. Each tier matches a loan when its overdue
 * periods fall in [minOverduePeriods, maxOverduePeriods] (no max = unbounded), or when its
 * consecutive overdue periods reach minConsecutiveOverduePeriods. Tiers are listed mildest first;
 * the most severe matching tier (the last one) decides the suggested actions, in the tier's order.
 * Default: 1 period → phone reminder; 2–5 → phone, home visit, employer meeting, written notice
 * (逾期贷款通知单); 6+ or 3 in a row → legal referral (court or notary) and blacklist proposal.
 * Errors: INVALID_ESCALATION_POLICY.
 */
export type CollectionAction =
  "PHONE_REMINDER" | "HOME_VISIT" | "EMPLOYER_MEETING" | "WRITTEN_NOTICE" | "LEGAL_REFERRAL" | "BLACKLIST_PROPOSAL";

export const COLLECTION_ACTION_LABELS: Record<CollectionAction, string> = {
  PHONE_REMINDER: "电话催收",
  HOME_VISIT: "上门催收",
  EMPLOYER_MEETING: "约见借款人所在单位",
  WRITTEN_NOTICE: "送达逾期贷款通知单",
  LEGAL_REFERRAL: "移送法院诉讼或申请公证强制执行",
  BLACKLIST_PROPOSAL: "提请列入失信黑名单",
};

export type EscalationTier = {
  code: string;
  label: string;
  minOverduePeriods: number;
  maxOverduePeriods?: number;
  minConsecutiveOverduePeriods?: number;
  actions: CollectionAction[];
};

export type EscalationPolicy = { tiers: EscalationTier[] };

export const DEFAULT_ESCALATION_POLICY: EscalationPolicy = {
  tiers: [
    { code: "REMIND", label: "逾期1期：电话提醒", minOverduePeriods: 1, maxOverduePeriods: 1, actions: ["PHONE_REMINDER"] },
    {
      code: "COLLECT",
      label: "逾期2至5期：催收",
      minOverduePeriods: 2,
      maxOverduePeriods: 5,
      actions: ["PHONE_REMINDER", "HOME_VISIT", "EMPLOYER_MEETING", "WRITTEN_NOTICE"],
    },
    {
      code: "LEGAL",
      label: "逾期6期以上或连续3期：法律处置",
      minOverduePeriods: 6,
      minConsecutiveOverduePeriods: 3,
      actions: ["LEGAL_REFERRAL", "BLACKLIST_PROPOSAL"],
    },
  ],
};

export type OverdueCounts = { overduePeriods: number; consecutiveOverduePeriods: number };

export type EscalationSuggestion = {
  tier: { code: string; label: string } | null;
  actions: { code: CollectionAction; label: string }[];
};

function tierMatches(tier: EscalationTier, counts: OverdueCounts): boolean {
  const inRange =
    counts.overduePeriods >= tier.minOverduePeriods &&
    (tier.maxOverduePeriods === undefined || counts.overduePeriods <= tier.maxOverduePeriods);
  const inARow = tier.minConsecutiveOverduePeriods !== undefined && counts.consecutiveOverduePeriods >= tier.minConsecutiveOverduePeriods;
  return inRange || inARow;
}

/** Throws INVALID_ESCALATION_POLICY for a tier that could never match or suggests nothing known. */
export function assertEscalationPolicy(policy: EscalationPolicy): void {
  const bad = policy.tiers.find(
    (t) =>
      !Number.isInteger(t.minOverduePeriods) ||
      t.minOverduePeriods < 1 ||
      (t.maxOverduePeriods !== undefined && t.maxOverduePeriods < t.minOverduePeriods) ||
      (t.minConsecutiveOverduePeriods !== undefined && t.minConsecutiveOverduePeriods < 1) ||
      t.actions.length === 0 ||
      t.actions.some((a) => !(a in COLLECTION_ACTION_LABELS)),
  );
  if (bad) throw new DomainError("INVALID_ESCALATION_POLICY", { details: { tier: bad.code } });
}

export function suggestActions(counts: OverdueCounts, policy: EscalationPolicy = DEFAULT_ESCALATION_POLICY): EscalationSuggestion {
  assertEscalationPolicy(policy);
  if (counts.overduePeriods <= 0) return { tier: null, actions: [] };
  const tier = policy.tiers.findLast((t) => tierMatches(t, counts));
  if (!tier) return { tier: null, actions: [] };
  return {
    tier: { code: tier.code, label: tier.label },
    actions: tier.actions.map((code) => ({ code, label: COLLECTION_ACTION_LABELS[code] })),
  };
}
