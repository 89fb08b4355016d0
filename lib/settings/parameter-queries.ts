import "server-only";
import { db } from "@/lib/db";
import { fundSettings } from "@/lib/accounts/fund-settings";
import { rateBounds } from "@/lib/employers/rate-bounds-store";
import type { RateBounds } from "@/lib/employers/rate-bounds";
import { todayInShanghai } from "@/lib/dates/calendar";
import { formatShanghaiDateTime } from "@/lib/dates/business-day";
import { loadServicingSettings } from "@/lib/servicing/servicing-settings";
import type { EscalationPolicy } from "@/lib/servicing/escalation";
import { versionInForce } from "@/lib/settings/version-rule";
import { listParameterVersions, PARAMETER_KEYS, type ParameterKey } from "@/lib/settings/versioned";
import { figuresOf, reasonRulesInForce, type ReasonRuleFigures } from "@/lib/withdrawals/reason-rules-store";

export type VersionRowDto = {
  id: string;
  version: number;
  effectiveFrom: string;
  inForce: boolean;
  note: string;
  by: string;
  at: string;
  value: string;
};

export type ParametersDto = {
  today: string;
  wages: { minimumWage: string; averageWage: string; maxBase: string };
  /** The contribution rate bounds in force today ("5.00", "12.00"). */
  rateBounds: RateBounds;
  interestRatePercent: string;
  escalation: EscalationPolicy;
  reasons: ReasonRuleFigures;
  history: Record<ParameterKey, VersionRowDto[]>;
};

/** Everything /admin/parameters shows: the values in force today and each parameter's versions. */
export async function getParameters(now: Date = new Date()): Promise<ParametersDto> {
  const today = todayInShanghai(now);
  const [fund, bounds, servicing, reasons, ...histories] = await Promise.all([
    fundSettings(db, today),
    rateBounds(db, today),
    loadServicingSettings(db, today),
    reasonRulesInForce(db, today),
    ...Object.values(PARAMETER_KEYS).map((key) => listParameterVersions(db, key)),
  ]);
  const creators = [
    ...new Set(
      histories
        .flat()
        .map((v) => v.createdById)
        .filter((id): id is string => !!id),
    ),
  ];
  const names = new Map(
    (await db.user.findMany({ where: { id: { in: creators } }, select: { id: true, displayName: true } })).map((u) => [
      u.id,
      u.displayName,
    ]),
  );
  const history = Object.fromEntries(
    Object.values(PARAMETER_KEYS).map((key, i) => {
      const versions = histories[i]!;
      const inForce = versionInForce(versions, today)?.version;
      return [
        key,
        versions.map((v) => ({
          id: `${key}-${v.version}`,
          version: v.version,
          effectiveFrom: v.effectiveFrom,
          inForce: v.version === inForce,
          note: v.note ?? "—",
          by: (v.createdById && names.get(v.createdById)) || "—",
          at: formatShanghaiDateTime(v.createdAt),
          value: JSON.stringify(v.value),
        })),
      ];
    }),
  ) as Record<ParameterKey, VersionRowDto[]>;
  return {
    today,
    wages: { minimumWage: fund.minimumWage, averageWage: fund.averageWage, maxBase: fund.maxBase },
    rateBounds: bounds,
    interestRatePercent: fund.interestRatePercent,
    escalation: servicing.escalationPolicy,
    reasons: figuresOf(reasons.rules),
    history,
  };
}
