import type { Prisma } from "../../lib/generated/prisma/client";
import { DEFAULT_LOAN_POLICY } from "../../lib/loans/policy";
import { buildCases } from "./cases";
import { addDays, stamp } from "./clock";
import { SEED, type SeedRows, createContext } from "./context";
import { buildFund } from "./fund";
import { fillRegistry } from "./homes";
import { SEED_POLICY_VERSION, buildLoans } from "./loans";
import { buildPaperwork } from "./paperwork";
import { buildOrg } from "./org";
import { Registry } from "./registry";
import { planServicing } from "./servicing";
import { EXTRA_TELLERS, buildUsers } from "./staff";

/** Sizes of the demo data set (the minimums: 50 employers, 2,000 depositors, 3,000 units). */
export const SIZES = { employers: 60, depositors: 2200, depositorHomes: 450, units: 3300 } as const;

export type SeedBuild = { asOf: string; rows: SeedRows; loanStatusCounts: Record<string, number> };

/** Builds every row in memory, in a fixed order, from the seed and the as-of date alone. */
export function buildSeedRows(asOf: string): SeedBuild {
  const ctx = createContext(asOf);
  const org = buildOrg(ctx, SIZES.employers);
  const fund = buildFund(ctx, org, SIZES.depositors);
  const staff = buildUsers(ctx, org, fund);
  const registry = new Registry(ctx, fund.people, SIZES.units + 400);
  const plans = buildLoans(ctx, registry, fund);
  planServicing(ctx, fund, staff, plans);
  fillRegistry(ctx, registry, fund, SIZES.depositorHomes, SIZES.units);
  ctx.rows.loanPolicies.push({
    id: "policy_000001",
    version: SEED_POLICY_VERSION,
    rules: DEFAULT_LOAN_POLICY as unknown as Prisma.InputJsonValue,
    note: "默认贷款政策（首套2.1%/2.6%，二套2.525%/3.075%）",
    createdById: staff.byLogin.get("admin")?.id ?? null,
    createdAt: stamp("2016-01-04", 9),
  });
  const handled = buildCases(ctx, org, staff, plans);
  buildPaperwork(ctx, staff, plans, handled);

  // As planned: loans in repayment are written as of the first batch date and the batch moves them on.
  const loanStatusCounts: Record<string, number> = {};
  for (const plan of plans) loanStatusCounts[plan.status] = (loanStatusCounts[plan.status] ?? 0) + 1;
  const r = ctx.rows;
  ctx.rows.audits.push({
    at: stamp(addDays(asOf, -1), 23, 59),
    actorLabel: "seed",
    action: "SEED_DEMO_DATA",
    entityType: "Database",
    entityId: "demo",
    detail: {
      asOf,
      seed: SEED,
      extraTellers: EXTRA_TELLERS.map((t) => t.loginName),
      counts: {
        employers: r.employers.length,
        depositors: r.depositors.length,
        users: r.users.length,
        contributions: r.contributions.length,
        ledgerEntries: r.ledgerEntries.length,
        units: r.units.length,
        certificates: r.certificates.length,
        mortgages: r.mortgages.length,
        loans: r.loans.length,
        installments: r.installments.length,
        cases: r.cases.length,
      },
    },
  });
  return { asOf, rows: ctx.rows, loanStatusCounts };
}
